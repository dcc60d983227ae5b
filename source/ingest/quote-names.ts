/**
 * Quotation marks around a name rather than somebody's words: a defined term in a document's own style ("the
 * Council"), the title of a framework, report or programme ("Inspecting Local Authority Children's Services"),
 * and the name of the services an inspection covered. None is a quotation, so none is a quote record.
 */
import type {QuoteSpan} from './quote-spans.js';
import {wordCount} from './text.js';

/** `("the Council")`, `(hereafter "the Notice")`: a term a document defines for itself. */
const definedOpen = /\(\s*(?:(?:hereafter|hereinafter|henceforth|together|jointly)(?:\s+(?:called|referred to as|known as))?\s+|the\s+)?$/i;

/** "a report entitled ...", "under the heading ...": what follows is a title ("what Ofsted called ..." quotes Ofsted). */
const titleCue = /\b(?:entitled|titled|headed|known as|the heading|the title|the banner|the theme)\s*,?\s*$/i;

/** "an inspection of 'services for children in need of help'": the services the inspection covered, by their name. */
const inspectionOf = /\binspections?\s+(?:of|into)\s*$/i;

/** Small words a title leaves in lower case. */
const smallWord = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|&)$/;

/** Every word capitalised but a title's small words, the first too, two words or more, no stop: the style of a name. */
function titleCased(text: string): boolean {
	if (/[.!?;:]$/.test(text) || wordCount(text) < 2) return false;
	const words = text.split(/\s+/);
	return /^[\p{Lu}\d]/u.test(words[0]!) && words.every((w) => smallWord.test(w) || /^[\p{Lu}\d]/u.test(w));
}

/** The kind of thing a title names, right after it: "the "Signs of Safety" model". */
const namedThing = /^\s*(?:framework|programme|program|scheme|model|approach|initiative|strategy|plan|project|inspection|report|review|policy|guidance|campaign|partnership|award|system|standard|toolkit|process|regime|category|banner|heading|title|document|consultation|pilot)s?\b/i;

/** Whether the quotation `s` of `text` is a name or defined term, not words anyone said or wrote. */
export function quotesAName(text: string, s: QuoteSpan): boolean {
	// The cues are a few words right before the mark: a pattern anchored at the end tries every start, so it is given
	// only the last stretch (thousands of quotations in one paragraph would make it quadratic).
	const before = text.slice(Math.max(0, s.start - 120), s.start);
	const after = text.slice(s.end);
	if (definedOpen.test(before) && /^\s*\)/.test(after)) return true;
	if (titleCue.test(before) || inspectionOf.test(before)) return true;
	// A title before the kind of thing it names ("under the "Inspecting Local Authority Children's Services"
	// framework"); capitals alone may be a nickname someone coined.
	return titleCased(s.text) && namedThing.test(after);
}
