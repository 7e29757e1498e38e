// Article fixtures written for these tests (invented events, invented outlets).

export const PROSE = [
  "Hundreds of students marched to the French embassy in Oslo on Monday, demanding that France withdraw its fishing fleet from the disputed waters.",
  "Riot police formed a line in front of the gates and kept the marchers away from the building, the Nordic Wire agency reported.",
  "The organizers said they would return next week with a larger crowd, and a spokesman for the students told reporters that the protest had been peaceful.",
];

export const ARTICLE = `Students rally at French embassy in Oslo\n\n${PROSE.join("\n\n")}\n`;

export function encodeUtf16(text: string, endian: "le" | "be", bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out[at++] = endian === "le" ? 0xff : 0xfe;
    out[at++] = endian === "le" ? 0xfe : 0xff;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[at++] = endian === "le" ? c & 0xff : c >> 8;
    out[at++] = endian === "le" ? c >> 8 : c & 0xff;
  }
  return out;
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
