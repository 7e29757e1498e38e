// First version: entities merge across articles when kind and normalized label agree.
import type { Extraction } from "../model/types.js";
import type { CrossDocumentResolution, GlobalEntity } from "./types.js";

export function normalizeName(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function resolveAcrossDocuments(extractions: readonly Extraction[]): CrossDocumentResolution {
  const byKey = new Map<string, GlobalEntity>();
  const local = new Map<string, string>();
  for (const ex of [...extractions].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0))) {
    for (const ent of ex.entities) {
      const key = `${ent.kind}:${normalizeName(ent.label)}`;
      let g = byKey.get(key);
      if (!g) {
        g = { key, kind: ent.kind, label: ent.label, aliases: [], mentions: 0, evidence: [] };
        byKey.set(key, g);
      }
      g.mentions += ent.mentions;
      g.aliases = [...new Set([...g.aliases, ...ent.aliases])].filter((a) => a !== g!.label).sort();
      local.set(`${ex.article}\u0000${ent.id}`, key);
    }
    for (const m of ex.mentions) {
      const key = local.get(`${ex.article}\u0000${m.entity}`);
      if (key) byKey.get(key)!.evidence.push({ article: ex.article, sentence: m.sentence, start: m.start, end: m.end });
    }
  }
  return {
    entities: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    keyOf(article, localId) {
      const key = local.get(`${article}\u0000${localId}`);
      if (key === undefined) throw new Error(`news-kg/resolve: no entity ${localId} in article ${article}`);
      return key;
    },
  };
}
