/** @module Narratives as safe HTML: markdown (headings, emphasis, lists, links) through markdown-it with raw HTML off — tags in the text are shown as text, javascript: links are dropped, images are not rendered. */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable(['image']);

/** The narrative's markdown as HTML that carries no markup of its author's own (safe to put in a page). */
export function narrativeHtml(text: string): string {
  return markdown.render(text);
}
