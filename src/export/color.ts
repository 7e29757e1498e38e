// Colors for XML formats: GEXF readers (Gephi, networkx) want r, g, b channels.

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Parses "#rgb" or "#rrggbb"; anything else gives null (and the color is left out). */
export function parseHexColor(value: unknown): Rgb | null {
  if (typeof value !== "string") return null;
  const m6 = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  if (m6) return { r: parseInt(m6[1] as string, 16), g: parseInt(m6[2] as string, 16), b: parseInt(m6[3] as string, 16) };
  const m3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (m3) {
    const [r, g, b] = [m3[1], m3[2], m3[3]].map((c) => parseInt(`${c}${c}`, 16)) as [number, number, number];
    return { r, g, b };
  }
  return null;
}
