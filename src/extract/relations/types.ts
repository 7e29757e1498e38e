// Relation rules are data: each has an id and a reason, so every edge can say why it is there.
import type { EntityKind, Predicate } from "../../model/ontology.js";

/**
 * How a rule finds its two ends around the trigger (see frames.ts):
 * - `verb`: SOURCE <verb> [prep] TARGET; passive "TARGET was <verb>ed by SOURCE" swaps them.
 * - `noun`: SOURCE's <noun> [prep] TARGET, <noun> [prep] TARGET by SOURCE, SOURCE held a <noun> [prep] TARGET.
 * - `restrain`: SOURCE keeps/prevents/did not allow people (from reaching|to approach) TARGET: the
 *   people held back are skipped, the place or person shielded is the target.
 * - `chant`: "Down with TARGET" said or chanted by the clause subject.
 * - `flag`: SOURCE burned DEMONYM flags / the flags of TARGET.
 * - `pattern`: a literal token pattern with {source} and {target} slots.
 */
export type Frame = "verb" | "noun" | "restrain" | "chant" | "flag" | "pattern";

export interface RelationRule {
  id: string;
  predicate: Predicate;
  frame: Frame;
  reason: string;
  /** Base forms, possibly several words ("cordon off"); verbs are inflected, nouns pluralized. */
  triggers?: string[];
  /** Prepositions (possibly several words) that may introduce the target. */
  preps?: string[];
  /** The target may follow the trigger without a preposition (transitive verb, "demanded that"). */
  direct?: boolean;
  /** Token pattern for the `pattern` frame. */
  pattern?: string;
  sourceKinds?: readonly EntityKind[];
  targetKinds?: readonly EntityKind[];
  /** Chant frame: the target precedes the slogan ("Australia, go home"). */
  targetBefore?: boolean;
  /** In the passive the subject stays the source ("police were deployed around X"). */
  subjectIsSourceInPassive?: boolean;
  /**
   * The trigger is a preposition ("alongside"): the source is the subject of the verb it attaches
   * to, found left of the verb's object.
   */
  prepositional?: boolean;
  /** The trigger only counts when negated ("did not allow", "refused to let"). */
  requiresNegation?: boolean;
  /**
   * Word beginnings, one of which must occur in the sentence or in the source entity's names
   * ("protest", "angry"): keeps neutral verbs like "gather" from firing on a vigil.
   */
  context?: string[];
  /**
   * Without the context words in the sentence, the rule still holds for a target of these kinds when
   * the article is about a protest (it names a protesting crowd) and the sentence has none of
   * `contextVeto` ("gathered outside the embassy" in a protest story, not "to lay flowers").
   */
  articleContextKinds?: readonly EntityKind[];
  contextVeto?: string[];
  /** Extra words, one of which must occur within a few words before the trigger ("burn" before "flags"). */
  cue?: string[];
}

/** A title or role word that links a person to a state, body or group (leads, represents, member-of). */
export interface TitleRule {
  id: string;
  predicate: "leads" | "represents" | "member-of";
  /** Title words as written before a name, lower case ("prime minister", "spokesman"). */
  titles: string[];
  /** Kinds the title's holder may belong to or act for. */
  targetKinds: readonly EntityKind[];
  reason: string;
}

/** A word that attributes a statement to a source (reported-by). */
export interface AttributionRule {
  id: string;
  /** Verb base forms ("say", "report", "write") inflected like verbs. */
  verbs: string[];
  reason: string;
}
