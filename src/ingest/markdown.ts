// Markdown -> plain text: the markup that would otherwise reach the extractor as punctuation.
// Line-based and linear; every pattern is bounded so no input can make it backtrack badly.

export interface MarkdownRule {
  id: string;
  pattern: RegExp;
  replace: string;
  reason: string;
}

export const MARKDOWN_RULES: readonly MarkdownRule[] = [
  { id: "md-image", pattern: /!\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, replace: "", reason: "images carry no prose (alt text is a caption)" },
  { id: "md-link", pattern: /\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, replace: "$1", reason: "a link's text is prose, its address is not" },
  { id: "md-ref-link", pattern: /\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,100}\]/g, replace: "$1", reason: "reference-style links" },
  { id: "md-heading", pattern: /^#{1,6}[ \t]+/gm, replace: "", reason: "heading marks" },
  { id: "md-heading-close", pattern: /[ \t]+#{1,6}[ \t]*$/gm, replace: "", reason: "closing heading marks" },
  { id: "md-blockquote", pattern: /^(?:>[ \t]?)+/gm, replace: "", reason: "quote marks at line starts" },
  { id: "md-list", pattern: /^[ \t]{0,12}(?:[-*+]|\d{1,3}[.)])[ \t]+/gm, replace: "", reason: "list bullets" },
  { id: "md-rule", pattern: /^[ \t]*(?:[-*_][ \t]*){3,}$/gm, replace: "", reason: "horizontal rules" },
  { id: "md-fence", pattern: /^[ \t]*(?:```|~~~).*$/gm, replace: "", reason: "code fence lines" },
  { id: "md-strong", pattern: /(\*\*|__)(?=\S)([^*_\n]{1,1000}?)\1/g, replace: "$2", reason: "bold marks" },
  { id: "md-em", pattern: /(?<![\w*])([*_])(?=\S)([^*_\n]{1,1000}?)\1(?![\w*])/g, replace: "$2", reason: "italic marks" },
  { id: "md-code", pattern: /`([^`\n]{1,1000})`/g, replace: "$1", reason: "inline code marks" },
  { id: "md-ref-def", pattern: /^[ \t]{0,3}\[[^[\]\n]{1,100}\]:[ \t]*\S.*$/gm, replace: "", reason: "link reference definitions" },
];

/** Run after normalizeText: white-space runs are single spaces then, which keeps every pattern linear. */
export function markdownToText(text: string): string {
  let out = text;
  for (const rule of MARKDOWN_RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}
