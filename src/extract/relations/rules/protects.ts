// protects: guarding, shielding, securing, cordoning off, holding back a crowd from a site.
import type { RelationRule } from "../types.js";

/**
 * "pushed back thousands of people who tried to approach the embassy": the site the people held
 * back were heading for, named in a relative clause after them.
 */
const HEADING_FOR: string[] = (() => {
  const out: string[] = [];
  const goals = ["approach", "reach", "march on", "march to", "march towards", "march toward", "storm", "enter", "get to", "get near", "get into", "break into", "force their way into", "climb the walls of", "climb over the walls of", "scale the walls of", "climb the fence of", "scale the fence of", "climb the gates of", "scale the gates of", "climb over the gates of", "attack", "set fire to", "marching on", "marching to", "marching towards", "heading for", "heading to", "headed for"];
  for (const relative of ["who", "that", "as they", "as it", "when they"]) {
    for (const effort of ["tried to", "were trying to", "had tried to", "attempted to", "were attempting to", "wanted to", "sought to", "planned to", "were"]) {
      for (const goal of goals) {
        // "were" only before a participle ("who were marching on the embassy")
        if (effort === "were" && !goal.includes("ing")) continue;
        out.push(`${relative} ${effort} ${goal}`);
      }
    }
  }
  // "fired tear gas at demonstrators trying to storm the consulate": a participle clause
  for (const effort of ["trying to", "attempting to", "seeking to", "hoping to"]) for (const goal of goals) if (!goal.includes("ing")) out.push(`${effort} ${goal}`);
  return out;
})();

/** "stopped the march ..., about 500 metres from the high commission": a distance short of the site. */
const DISTANCE_FROM = ["metres from", "meters from", "yards from", "feet from", "kilometres from", "kilometers from", "km from", "metres short of", "meters short of", "metres away from", "meters away from"];

/** The ways into a site, guarded or blocked in its place: "the entrance to the embassy". */
const WAYS_TO: string[] = (() => {
  const out: string[] = ["access to", "the approach to", "the approaches to", "the perimeter of", "the gates of", "the gate of", "the main gate of", "the entrance of"];
  for (const way of ["entrance", "entrances", "path", "way", "route", "road", "roads", "street", "streets", "avenue", "gates", "gate"]) {
    out.push(`the ${way} to`, `the ${way} leading to`, `their ${way} to`, `its ${way} to`);
  }
  // "blocked a side road leading to the parliament": whatever the way is called, it leads to the site
  out.push("leading to", "leading up to");
  return out;
})();

/** Words that introduce the site a crowd is kept from. */
const KEEP_FROM = [
  "from reaching", "from approaching", "from entering", "from storming", "from getting near", "from getting to",
  "from", "to approach", "to reach", "to enter", "to get near", "to get close to", "to go near", "to come near", "near", "outside",
  "at", "in front of", "away from", "back from", "toward", "towards", "into", "approach", "reach", "enter",
  "around", "from breaking into", "from attacking", "short of", "well short of", "on its way to", "on their way to",
  "in the area around", "from the area around",
  // a pen or barrier on the far side of the street: "kept the crowd behind barricades across the road from the embassy"
  "across the street from", "across the road from", "on the other side of the street from", "on the other side of the road from", "opposite",
  // "stopped the march before it reached the embassy"
  "before it reached", "before they reached", "before it could reach", "before they could reach", "before reaching", "before it got to", "before they got to",
  ...HEADING_FOR,
  ...DISTANCE_FROM,
  ...WAYS_TO,
  "path to", "way to",
];

export const PROTECT_RULES: RelationRule[] = [
  {
    id: "protect.verb",
    predicate: "protects",
    frame: "verb",
    triggers: ["guard", "protect", "shield", "secure", "defend", "cordon off", "seal off", "ring", "fence off", "barricade", "escort", "safeguard", "surround", "close off", "block off", "lock down", "stand guard at", "stand guard outside", "keep watch over", "reinforce security at", "tighten security at", "tighten security around", "step up security at", "beef up security at", "deploy to protect", "hold the gate of", "hold the gates of", "hold the main gate of", "man the gates of", "man the gate of", "line the fence of", "line the perimeter of", "ring the perimeter of", "guard the perimeter of", "guard the gates of", "seal the perimeter of", "stand between * and"],
    direct: true,
    preps: ["around", "outside", "at", "in front of", ...WAYS_TO],
    reason: "verbs of guarding and securing take what is protected as their object ('police guarded the compound'; 'was cordoned off by police'), or the way into it ('guarded the entrance to the embassy'; 'sealed off the street leading to it')",
    sourceKinds: ["Organization", "State", "Person"],
    targetKinds: ["Embassy", "State", "Person", "Organization", "Location"],
  },
  {
    id: "protect.patrol",
    predicate: "protects",
    frame: "verb",
    triggers: ["patrol"],
    direct: true,
    preps: ["around", "outside", "in front of", "near"],
    reason: "forces patrolling a mission or outside a building guard it; patrolling a city's streets is policing, not protecting one site, so places are no target",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Embassy", "Person", "Organization"],
  },
  {
    id: "protect.under-guard",
    predicate: "protects",
    frame: "pattern",
    // "*" skips none to four words: "under police guard", "under heavy police guard"
    pattern: "{target} was|is|were|are|remained|remains|stayed|stays|came|comes|been placed|put|kept|held|brought? under * {source} guard|protection",
    reason: "'the embassy was under (heavy) police guard': the force named before 'guard' protects the subject",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Embassy", "Person", "Organization", "Location"],
  },
  {
    id: "protect.place-under-guard",
    predicate: "protects",
    frame: "pattern",
    pattern: "{source} placed|put|kept|places|puts|keeps * {target} under * guard|protection",
    reason: "'police placed the embassy under heavy guard': the force putting a site or person under guard protects it",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Embassy", "Person", "Organization", "Location"],
  },
  {
    id: "protect.rescue",
    predicate: "protects",
    frame: "verb",
    triggers: ["rescue", "evacuate", "save", "airlift"],
    direct: true,
    reason: "rescuing or evacuating people protects them (not 'sheltering': a state 'sheltering extremists' harbours them), a collective as much as a person ('special forces rescued two hostages')",
    sourceKinds: ["Organization", "State", "Person"],
    targetKinds: ["Embassy", "State", "Person", "Organization", "Group"],
  },
  {
    id: "protect.restrain",
    predicate: "protects",
    frame: "restrain",
    triggers: ["prevent", "block", "stop", "halt", "bar", "keep", "hold back", "hold * back", "push * back", "force * back", "drive * back", "drive * away", "keep * away", "keep * back", "turn * back", "chase * away", "beat * back", "pull * back", "move * away", "hold * at bay", "keep * at bay", "push back", "force back", "drive back", "shove back", "beat back", "repel", "repulse", "disperse", "turn back", "keep away", "keep back", "clear", "break up", "contain", "fend off", "ward off", "intercept", "chase away", "chase", "drive away", "drive off", "hold off", "fight off", "scatter", "deter", "restrain", "hold at bay", "drive * out of", "push * out of", "force * out of", "chase * out of", "drive out of", "clear * out of", "clear * from", "remove * from", "evict * from", "push * away", "push away", "shove * away", "force * away", "move * back", "herd * away", "herd * back", "steer * away", "hold * behind", "keep * behind", "confine", "corral", "kettle", "pen * in"],
    preps: KEEP_FROM,
    reason: "holding back, dispersing or blocking people at or from a site protects that site; the people held back are not the target",
    sourceKinds: ["Organization", "State", "Person"],
    targetKinds: ["Embassy", "State", "Person", "Organization", "Location"],
  },
  {
    id: "protect.shield-people",
    predicate: "protects",
    frame: "verb",
    triggers: ["protect", "shield"],
    direct: true,
    reason: "protecting or shielding people protects them, a collective as much as a person ('police shielded the migrants from the mob')",
    sourceKinds: ["Organization", "State", "Person"],
    targetKinds: ["Group"],
  },
  {
    id: "protect.to-safety",
    predicate: "protects",
    frame: "pattern",
    pattern: "{source} * escorted|escorts|escorting|led|leads|took|takes|brought|brings|ushered|whisked|moved|pulled|carried|helped|evacuated * {target} to safety|their",
    reason: "bringing people to safety protects them ('police escorted the migrants to their cars', 'soldiers led the villagers to safety'); 'escorted the protesters' alone may be a removal, so only with the safety named",
    sourceKinds: ["Organization", "State", "Person"],
    targetKinds: ["Group", "Person"],
  },
  {
    id: "protect.not-allow",
    predicate: "protects",
    frame: "restrain",
    triggers: ["allow", "let", "permit"],
    requiresNegation: true,
    preps: KEEP_FROM,
    reason: "'police did not allow the protesters to approach the embassy': the negation is about the protesters, the protecting is affirmed",
    sourceKinds: ["Organization", "State", "Person"],
    targetKinds: ["Embassy", "State", "Person", "Organization", "Location"],
  },
  {
    id: "protect.deploy",
    predicate: "protects",
    frame: "verb",
    triggers: ["deploy", "station", "post", "position", "rush", "send", "dispatch", "mass", "line up", "stand guard", "take up positions", "take up position", "line"],
    preps: ["around", "outside", "at", "in front of", "near", "to", "in the area around", "to protect", "to secure", "to guard", "along"],
    subjectIsSourceInPassive: true,
    reason: "forces deployed or stationed around a site protect it; in 'police were deployed around the embassy' the subject is the protector",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Embassy", "Person", "Location"],
  },
  {
    id: "protect.noun",
    predicate: "protects",
    frame: "noun",
    triggers: ["security cordon", "cordon", "police line", "line of police", "line of officers", "human chain", "guard", "protection", "security", "barricade", "barrier", "escort", "security perimeter", "fence", "fencing", "security presence", "security detail", "protective detail"],
    preps: ["around", "outside", "at", "in front of", "for", "of", "to"],
    reason: "a cordon, guard or police line around a site, set up by a force, protects that site",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Embassy", "Person", "Location"],
  },
  {
    id: "protect.formation",
    predicate: "protects",
    frame: "noun",
    triggers: ["line", "chain", "wall", "phalanx", "shield wall"],
    preps: ["in front of", "around", "outside", "at the gates of", "at the entrance to", "metres from", "meters from", "yards from", "feet from", "short of"],
    reason: "a force forming a line, chain or wall in front of or around a site shields it ('riot police formed a line in front of the building')",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Embassy", "Person", "Location", "Organization"],
  },
  {
    id: "protect.lift-blockade",
    predicate: "protects",
    frame: "noun",
    triggers: ["blockade", "siege", "sit-in", "barricade", "protest camp", "occupation", "picket line", "encampment"],
    preps: ["of", "at", "outside", "around", "in front of"],
    context: ["broke up", "break up", "breaking up", "cleared", "clearing", "lifted", "lifting", "dismantled", "dismantling", "removed", "ended"],
    reason: "security forces breaking up or clearing a blockade of a site protect that site ('police broke up a blockade of the mine')",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Embassy", "Organization", "Location", "Person"],
  },
];
