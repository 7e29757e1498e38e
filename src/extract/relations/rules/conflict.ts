// attacks, supports, arrests, allied-with: the further relations a news graph is expected to hold.
import type { RelationRule } from "../types.js";

export const ATTACK_RULES: RelationRule[] = [
  {
    id: "attack.verb",
    predicate: "attacks",
    frame: "verb",
    triggers: ["attack", "storm", "ransack", "raid", "bomb", "shell", "invade", "occupy", "overrun", "assault", "besiege", "loot", "vandalise", "vandalize", "torch", "firebomb", "stone", "pelt", "kill", "shoot", "wound", "injure", "punch", "kick", "club", "assassinate", "massacre", "strike", "hit", "target", "break into", "burst into", "force their way into", "force its way into", "smash their way into", "set fire to", "set alight", "set on fire", "breach", "overpower", "trash", "smash", "firebomb", "ram", "batter", "fire on", "open fire on", "fire at", "open fire at", "fire tear gas at", "fire rubber bullets at", "fire water cannon at", "use tear gas on", "throw stones at", "throw rocks at", "hurl stones at", "hurl rocks at", "hurl petrol bombs at", "hurl at", "throw at", "lob at", "throw * at", "throw * towards", "throw * toward", "hurl * towards", "hurl * toward", "hurl * at", "lob * at", "fire * at", "fling * at", "aim * at", "crack down on", "wage war on", "declare war on", "wage war against", "launch strikes on", "launch an attack on", "launch attacks on", "launch an offensive against", "bombard", "annex", "take hostage", "hold hostage", "abduct", "kidnap", "lay siege to", "wreck", "pelt", "baton-charge", "lathi-charge", "fight", "battle", "torture", "execute", "lynch", "stab", "behead", "tear-gas", "teargas", "manhandle", "trample", "whip", "lash", "bludgeon", "maul", "douse", "hose", "pound", "pummel", "blitz", "rocket", "strafe", "carpet-bomb", "mortar", "hit out at", "use force against", "use force on", "use excessive force against", "use batons on", "use batons against", "use truncheons on", "use tear gas against", "use live ammunition on", "use live ammunition against", "charge at", "charge into"],
    direct: true,
    preps: ["on", "against", "at", "into"],
    reason: "violent verbs: storming, ransacking or breaking into an embassy, military strikes, violence against people ('protesters stormed the embassy'; 'was stormed by'); places are not actors, so not targets",
    sourceKinds: ["Person", "Group", "Organization", "State"],
    targetKinds: ["Person", "Group", "Organization", "State", "Embassy"],
  },
  {
    id: "attack.noun",
    predicate: "attacks",
    frame: "noun",
    triggers: ["attack", "aggression", "war", "invasion", "occupation", "assault", "offensive", "bombing", "bombardment", "shelling", "airstrike", "air strike", "strike", "incursion", "raid", "crackdown", "violence", "massacre", "annexation", "siege", "killing", "intervention", "storming", "ransacking", "hostility", "hostilities", "war of occupation", "war of aggression", "military operation", "special military operation", "execution", "barrage", "military campaign", "bombing campaign", "air campaign", "drone strike", "missile strike", "missile attack", "drone attack", "rocket attack", "rocket fire", "pounding", "beating", "torture", "abduction", "kidnapping", "assassination"],
    preps: ["against", "on", "of", "into", "at", "upon"],
    reason: "'Russia's aggression against Ukraine', 'Japan's invasion of China', 'a crackdown by police on protesters', 'Russia ... the war in Ukraine'",
    sourceKinds: ["Person", "Group", "Organization", "State"],
    targetKinds: ["Person", "Group", "Organization", "State", "Embassy"],
  },
];

/** Armies and armed groups take places: "M23 rebels seized Goma". Crowds occupying a square do not. */
ATTACK_RULES.push({
  id: "attack.territory",
  predicate: "attacks",
  frame: "verb",
  triggers: ["seize", "capture", "take control of", "occupy", "invade", "overrun", "annex", "shell", "bomb", "besiege", "storm", "advance on", "enter", "take", "encircle", "surround", "strike", "hit", "target", "pound", "bombard", "attack", "raid", "retake", "recapture"],
  direct: true,
  preps: ["on", "into"],
  reason: "an army or armed group seizing, shelling, striking or entering a town attacks that place ('Russia struck a power plant in Kharkiv', 'Israeli jets pounded Rafah')",
  sourceKinds: ["State", "Organization"],
  targetKinds: ["Location", "State"],
});

/** "Israeli airstrikes on Gaza", "Russia's shelling of Kharkiv": a military strike names the place it hits. */
ATTACK_RULES.push({
  id: "attack.strike-on-place",
  predicate: "attacks",
  frame: "noun",
  triggers: ["airstrike", "air strike", "strike", "missile strike", "drone strike", "missile attack", "drone attack", "rocket attack", "bombing", "bombardment", "shelling", "offensive", "assault", "air raid", "incursion", "invasion"],
  preps: ["on", "against", "of", "upon", "into"],
  reason: "a state's or armed group's strikes, shelling or raids 'on' a town attack that place ('Russian missile strikes on Kyiv', 'the bombardment of Mariupol', 'an Israeli raid on Jenin'); protests and crowds are not sources",
  sourceKinds: ["State", "Organization"],
  targetKinds: ["Location"],
});

/** "Police beat protesters": beating people, not teams or rivals ("beating England"). */
ATTACK_RULES.push({
  id: "attack.beat",
  predicate: "attacks",
  frame: "verb",
  triggers: ["beat", "beat up", "club", "kick", "punch"],
  direct: true,
  reason: "beating, clubbing or kicking people is violence against them; a state or team 'beaten' is a contest",
  sourceKinds: ["Person", "Group", "Organization", "State"],
  targetKinds: ["Person", "Group"],
});

/** "The war in Ukraine": for war-like nouns, "in" names the state attacked (other nouns: only the place). */
ATTACK_RULES.push({
  id: "attack.war-in",
  predicate: "attacks",
  frame: "noun",
  triggers: ["war", "occupation", "invasion", "aggression", "intervention", "offensive", "military operation", "special military operation", "war of occupation", "war of aggression", "incursion", "military campaign", "bombing campaign", "air campaign"],
  preps: ["in"],
  reason: "'Russia ... the war of occupation in Ukraine', 'Azerbaijan's offensive in Nagorno-Karabakh': a war, offensive or occupation 'in' a state or region is waged against it",
  sourceKinds: ["State", "Organization", "Group"],
  targetKinds: ["State", "Location"],
});

export const SUPPORT_RULES: RelationRule[] = [
  {
    id: "support.chant",
    predicate: "supports",
    frame: "chant",
    triggers: ["hands off", "long live", "we stand with", "solidarity with", "justice for"],
    reason: "slogans 'Hands off X', 'Long live X', 'Justice for X' defend X: the people chanting them support it (not 'free' or 'save': quoted text uses them as plain words, 'a free city')",
    sourceKinds: ["Person", "Group", "Organization"],
    targetKinds: ["State", "Organization", "Person", "Group", "Embassy"],
  },
  {
    id: "support.verb",
    predicate: "supports",
    frame: "verb",
    triggers: ["support", "back", "endorse", "champion", "defend the rights of", "stand with", "stand by", "side with", "rally behind", "rally around", "express solidarity with", "show solidarity with", "voice support for", "express support for", "show support for", "pledge support for", "arm", "fund", "finance", "recognise", "recognize", "encourage", "sponsor", "aid", "help", "assist", "sympathise with", "sympathize with", "stand in solidarity with", "come out in support of", "speak out in support of", "declare support for", "reaffirm support for", "reiterate support for", "throw their weight behind", "throw its weight behind", "lend support to", "offer support to", "extend solidarity to", "send solidarity to", "pledge solidarity with"],
    direct: true,
    preps: ["for", "with", "behind"],
    reason: "verbs of backing and solidarity take the supported actor as object ('the United States backed Kosovo')",
    sourceKinds: ["Person", "Group", "Organization", "State"],
    targetKinds: ["Person", "Group", "Organization", "State", "Embassy"],
  },
  {
    id: "support.noun",
    predicate: "supports",
    frame: "noun",
    triggers: ["in support of", "in solidarity with", "solidarity", "support", "backing", "sympathy", "rally in support of", "rally for", "vigil for", "show of support for", "message of solidarity", "messages of solidarity", "show of solidarity", "expression of support", "expressions of support", "solidarity rally", "solidarity march", "solidarity protest", "supporter", "backer", "main backer", "staunch supporter"],
    preps: ["with", "for", "of", "to"],
    direct: true,
    reason: "'rallies in support of Ukraine', 'solidarity with the Tibetans', 'X's support for Y'",
    sourceKinds: ["Person", "Group", "Organization", "State"],
    targetKinds: ["Person", "Group", "Organization", "State", "Embassy"],
  },
];

/**
 * "Protesters clashed with police, throwing stones": a clash is no attack by itself, but a gerund
 * of violence after it names who attacked; "..., who fired tear gas" names the other side.
 */
ATTACK_RULES.push(
  {
    id: "attack.clash-throwing",
    predicate: "attacks",
    frame: "pattern",
    pattern: "{source} clashed|clash|clashes|clashing with the? {target} ,? throwing|hurling|pelting|lobbing|firing|beating|attacking|stoning",
    reason: "the side throwing or firing during a clash is the one attacking ('youths clashed with police, hurling rocks')",
    sourceKinds: ["Person", "Group", "Organization", "State"],
    targetKinds: ["Person", "Group", "Organization", "State"],
  },
  {
    id: "attack.clash-who-fired",
    predicate: "attacks",
    frame: "pattern",
    pattern: "{target} clashed|clash|clashes with the? {source} , who|which fired|beat|used|charged|attacked|hurled|threw",
    reason: "'protesters clashed with police, who fired tear gas': the relative clause names the side attacking",
    sourceKinds: ["Person", "Group", "Organization", "State"],
    targetKinds: ["Person", "Group", "Organization", "State"],
  },
);

export const ARREST_RULES: RelationRule[] = [
  {
    id: "arrest.verb",
    predicate: "arrests",
    frame: "verb",
    triggers: ["arrest", "detain", "apprehend", "jail", "imprison", "handcuff", "round up", "take into custody", "take away", "lead away", "haul away", "drag away", "haul", "drag", "bundle", "nab", "seize", "capture", "lock up", "put behind bars", "hold in custody", "take to a police station", "take to * police station", "take to * police headquarters", "take in for questioning", "take for questioning", "hold for questioning", "incarcerate", "intern"],
    direct: true,
    reason: "arresting, detaining or taking into custody, even briefly ('police detained 200 exiles'; 'were detained by police')",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Person", "Group"],
  },
  {
    id: "arrest.custody",
    predicate: "arrests",
    frame: "pattern",
    pattern: "{source} * took|take|takes|taking {target} into|in custody|detention",
    reason: "'police took X into custody': the arrested person stands between the verb and its particle",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Person", "Group"],
  },
  {
    id: "arrest.haul-away",
    predicate: "arrests",
    frame: "pattern",
    pattern: "{source} * led|hauled|dragged|bundled|carried|frogmarched|marched|pushed|forced|threw|shoved {target} away|off|into|onto|to",
    reason: "'officers hauled him into a police van', 'led them away': removal by a force after a protest is a detention",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Person", "Group"],
  },
  {
    id: "arrest.noun",
    predicate: "arrests",
    frame: "noun",
    triggers: ["arrest", "detention", "custody", "roundup", "round-up", "jailing", "imprisonment", "internment"],
    preps: ["of"],
    reason: "'the arrest of X by police', 'X's detention by the authorities'",
    sourceKinds: ["Organization", "State"],
    targetKinds: ["Person", "Group"],
  },
];

export const ALLIANCE_RULES: RelationRule[] = [
  {
    id: "ally.noun",
    predicate: "allied-with",
    frame: "noun",
    triggers: ["ally", "allies", "alliance", "partner in the alliance", "strategic partner", "coalition partner"],
    preps: ["of", "with"],
    reason: "an explicit alliance: 'X, an ally of Y', 'X's ally Y', 'X's alliance with Y'",
    sourceKinds: ["State", "Organization"],
    targetKinds: ["State", "Organization"],
  },
  {
    id: "ally.alongside",
    predicate: "allied-with",
    frame: "verb",
    triggers: ["fight alongside", "fight with", "fought alongside", "ally with", "ally itself with", "join forces with", "team up with", "side with", "stand alongside", "deploy alongside", "operate alongside"],
    direct: true,
    reason: "'fight alongside' and 'join forces with' state an alliance between the two actors",
    sourceKinds: ["State", "Organization"],
    targetKinds: ["State", "Organization"],
  },
  {
    id: "ally.alongside-prep",
    predicate: "allied-with",
    frame: "verb",
    triggers: ["alongside"],
    direct: true,
    prepositional: true,
    reason: "'X now fight militants alongside Wagner': the ally of Wagner is the subject of the verb 'alongside' attaches to, not the nearest name before it",
    sourceKinds: ["State", "Organization"],
    targetKinds: ["State", "Organization"],
  },
];

/**
 * Hyphenated compounds that state backing: "the Iran-backed Houthis", "Russian-funded separatists".
 * The name before the hyphen supports the actor the compound modifies.
 */
export const BACKING_SUFFIXES = ["backed", "supported", "funded", "sponsored", "armed", "financed", "bankrolled"];

/** Compounds that state an alliance: "the Moscow-allied government", "Iran-aligned militias". */
export const ALLIED_SUFFIXES = ["allied", "aligned"];

