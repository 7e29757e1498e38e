// The built-in relation rules, in one visible list.
import type { RelationRule } from "../types.js";
import { ALLIANCE_RULES, ARREST_RULES, ATTACK_RULES, SUPPORT_RULES } from "./conflict.js";
import { PROTECT_RULES } from "./protects.js";
import { PROTEST_RULES } from "./protests.js";

export const DEFAULT_RULES: readonly RelationRule[] = Object.freeze([
  ...PROTEST_RULES,
  ...PROTECT_RULES,
  ...ATTACK_RULES,
  ...SUPPORT_RULES,
  ...ARREST_RULES,
  ...ALLIANCE_RULES,
]);
