// Titles and roles that link a person to a state, body or group, read from the words around the name:
// "Syrian President Bashar al-Assad", "Britain's ambassador, Dominick Chilcott",
// "State Department spokesman Sean McCormack", "human rights activist Bakhtiyar Hajiyev".
import type { TitleRule } from "../types.js";

export const TITLE_RULES: TitleRule[] = [
  {
    id: "title.head-of-state",
    predicate: "leads",
    titles: ["president", "prime minister", "premier", "king", "queen", "emir", "sultan", "chancellor", "supreme leader", "head of state", "head of government", "crown prince", "monarch", "dictator", "tsar", "shah", "taoiseach", "vice president", "vice-president", "deputy prime minister", "acting president", "interim president", "leader", "ruler", "junta leader", "military ruler"],
    targetKinds: ["State", "Organization"],
    reason: "a head-of-state or head-of-government title with the country before it ('Serbian President Boris Tadic') leads that state",
  },
  {
    id: "title.head-of-body",
    predicate: "leads",
    titles: ["chairman", "chairwoman", "chairperson", "chair", "co-chair", "chief executive", "ceo", "head", "commander", "founder", "co-founder", "party leader"],
    targetKinds: ["Organization"],
    reason: "the head of a named body ('UN Secretary-General X', 'Amnesty director X') leads it",
  },
  {
    id: "title.diplomat",
    predicate: "represents",
    titles: ["ambassador", "envoy", "consul", "consul-general", "consul general", "charge d'affaires", "chargé d'affaires", "diplomat", "high commissioner", "special envoy", "special representative", "representative", "emissary", "attache", "attaché", "deputy ambassador", "deputy chief of mission"],
    targetKinds: ["State", "Organization"],
    reason: "a diplomat represents the state named with the title ('Britain's ambassador, Dominick Chilcott'; 'the US ambassador X')",
  },
  {
    id: "title.member",
    predicate: "member-of",
    titles: ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister", "foreign minister", "interior minister", "defence minister", "defense minister", "official", "officer", "police officer", "senior police officer", "member", "lawmaker", "legislator", "mp", "senator", "deputy", "secretary", "press secretary", "undersecretary", "under secretary", "commissioner", "superintendent", "chief superintendent", "inspector", "colonel", "general", "captain", "lieutenant", "sergeant", "major", "officials", "analyst", "researcher", "correspondent", "reporter", "editor", "journalist", "columnist", "lawyer", "coordinator", "organizer", "organiser", "activist", "campaigner", "president", "vice president", "secretary-general",
      "secretary general", "general secretary", "director", "director-general", "chairman", "leader", "head", "chief", "spokesman", "aide", "adviser",
      "advisor", "envoy", "representative", "staffer", "employee", "worker", "guard", "agent", "negotiator", "mayor", "governor", "speaker", "secretary of state"],
    targetKinds: ["Organization"],
    reason: "a spokesperson, minister, officer or member named with a body ('State Department spokesman Sean McCormack', 'X, a lawmaker of Bayan Muna') is a member of it",
  },

];

/**
 * Role nouns that place a person in an unnamed collective of the article ("human rights activist
 * Bakhtiyar Hajiyev" -> the activists; "a protester named Liu Gang" -> the protesters). Each entry
 * lists the role words and the word beginnings that identify the Group's names.
 */
export const GROUP_ROLES: { id: string; roles: string[]; groupWords: string[]; reason: string }[] = [
  {
    id: "role.protester",
    roles: ["protester", "protestor", "demonstrator", "marcher", "rioter", "participant", "organizer", "organiser", "one of the organizers", "one of the organisers", "one of the protesters", "one of the demonstrators", "one of the participants", "picketer", "striker"],
    groupWords: ["protest", "demonstrat", "marcher", "rioter", "participant", "organi", "activist", "crowd", "picket", "striker", "exile", "student", "people"],
    reason: "a person named as one of the protesters belongs to the protesting group",
  },
  {
    id: "role.activist",
    roles: ["activist", "human rights activist", "rights activist", "campaigner", "dissident", "opposition activist", "student activist", "civil society activist"],
    groupWords: ["activist", "campaigner", "dissident", "protest", "demonstrat"],
    reason: "a person introduced as an activist belongs to the activists' group of the article",
  },
  {
    id: "role.student",
    roles: ["student", "student leader", "seminarian"],
    groupWords: ["student", "seminar"],
    reason: "a person introduced as a student belongs to the students' group",
  },
  {
    id: "role.exile",
    roles: ["exile", "refugee", "tibetan exile", "monk", "nun"],
    groupWords: ["exile", "refugee", "monk", "nun", "tibetan"],
    reason: "a person introduced as an exile or refugee belongs to that community's group",
  },
  {
    id: "role.worker",
    roles: ["worker", "labourer", "laborer", "union member", "farmer", "teacher", "nurse", "doctor"],
    groupWords: ["worker", "labo", "union", "farmer", "teacher", "nurse", "doctor"],
    reason: "a person introduced by trade belongs to the group of that trade in the article",
  },
];
