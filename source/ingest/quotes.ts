/**
 * Step 6 of ingestion: direct quotations and who said them.
 *
 * One record per paragraph of quoted speech. A quotation that opens a paragraph, follows a colon or runs on past
 * the paragraph's end is a full quote; a short phrase quoted inside reported speech is a fragment. Attribution
 * is looked for before the quote ("He added:"), after it ("..., he said.") and, for a paragraph that only
 * continues a quotation, on the paragraphs before.
 */
import {findMentions, type Mention} from './mentions.js';
import type {ArticlePerson, PeopleResult} from './people.js';
import type {QuoteSpan} from './quote-spans.js';
import {isFullQuote} from './quote-whole.js';
import {quotesAName} from './quote-names.js';
import {councilName} from './council-speaker.js';
import {councilMotion, councilReport, documentIntroduced, documentSubject, writerInQuotes, type DocumentNote} from './quote-documents.js';
import {personByRole} from './role-reference.js';
import {inspectorateBefore, openingBody, pronounSpeaker} from './quote-pronouns.js';
import {mentionsBetween, sentenceAt, spanOrder, trailingFrom, verbsBetween} from './quote-positions.js';
import {subjectOf} from './quote-subject.js';
import {frameBefore, frameOf, takesFrameBefore} from './quote-frame.js';
import {askedOpening, verbsOf, type Verb} from './quote-verbs.js';
import {bodyBefore, toldBefore} from './quote-told-before.js';
import {citedSpeaker} from './quote-citations.js';
import {groupBySpeaker} from './quote-split.js';
import {squash} from './text.js';
import {handsOn} from './quote-blocks.js';
import {InspectorsTrail, inspectorsMoved} from './quote-inspectors.js';
import {colonSubject, headingSpeaker, pronounWords} from './quote-colon.js';
import {documentSpeaking, documentsOwned, printedBodySpeaking} from './quote-written-by.js';
import {speakerAfter} from './quote-words-of.js';
import {BodiesTrail} from './quote-bodies.js';

export type {ExtractedQuote, Found, QuoteParagraph, Speaker} from './quote-types.js';
import type {ExtractedQuote, Found, QuoteParagraph, Speaker} from './quote-types.js';

export class Attributor {
	/** The person the story is about right now: who "he" and "she" refer to. */
	private focus: ArticlePerson | null = null;
	private lastSpeaker: Speaker | null = null;
	/** Whether the previous paragraph ended inside a quotation. */
	private runningOn = false;
	private previousHadQuote = false;
	private previousNarrativeSpeaker: Speaker | null = null;
	/** Whether that speaker's words were reported (with quoted fragments), not only announced. */
	private previousReported = false;
	/** The letter, report or statement last introduced with its author: "It continued:" and "The letter reads:". */
	private lastDocument: DocumentNote | null = null;
	/** The paragraphs where that document was introduced and where the last speaker last spoke. */
	private lastDocumentAt = -1;
	private lastSpeakerAt = -1;
	/** The body the previous paragraph opened with ("Ofsted carried out ..."): who "it" is next when nothing nearer is. */
	private previousSubjectOrg: Speaker | null = null;
	/** Whose words the last attributed fragment was, and in which paragraph ("..., inspectors said"). */
	private lastFragment: {speaker: Speaker; at: number} | null = null;
	private index = -1;
	/** Whether the story has named the probation inspectorate, whose inspectors these then are. */
	private probation = false;
	/** The trusts, boards and partnerships the article has named, in order: "the trust said", "the board said". */
	private readonly bodies = new BodiesTrail();
	private previousCue = '';
	/** The previous paragraph, when it was a question and nothing else ("Is the service now safe?"). */
	private previousQuestion = '';
	/** The last paragraph before this one that named a person. */
	private lastPersonAt = -1;
	/** The inspectorate or document that framed the previous paragraph's last sentence (quote-frame.ts). */
	private previousFrame: Speaker | null = null;
	/** The inspectorate a bare "They" may be (quote-inspectors.ts). */
	private readonly inspectors = new InspectorsTrail();

	constructor(
		private readonly people: PeopleResult,
		private readonly authorityCouncil: string | null,
		/** The department for children's services by the name of the article's year (departmentOn). */
		private readonly department = 'Department for Education',
	) {}

	private fromMention(m: Mention, p?: QuoteParagraph): Speaker | null {
		if (m.kind === 'person') {
			const person = this.people.resolve(m);
			return person ? {name: person.name, person} : null;
		}
		if (m.kind === 'pronoun') return pronounSpeaker({people: this.people, focus: this.focus, lastSpeaker: this.lastSpeaker, previousCue: this.previousCue, previousNarrativeSpeaker: this.previousNarrativeSpeaker, sentenceAround: (q, at) => sentenceAt(q.text, at)}, m, p);
		if (m.org === 'the report') {
			// "A report to the council's cabinet says:": the council's own report, not an inspection's (unless this
			// paragraph named its author: "A report to the executive by the director, Rachel Boyd").
			const named = this.lastDocumentAt === this.index ? this.documentAuthor('report') : null;
			if (named) return named;
			if (p && councilReport.test(p.narrative.slice(m.end, m.end + 80)) && this.authorityCouncil) return {name: this.authorityCouncil, person: null, written: true};
			return this.documentAuthor('report') ?? {name: this.probation ? 'HM Inspectorate of Probation' : 'Ofsted', person: null, written: true};
		}
		if (m.org.startsWith('the document:')) {
			const kind = m.org.slice('the document:'.length).replace(/^(?:press|news) release$/, 'statement');
			const author = this.documentAuthor(kind);
			// (A notice or direction "the government" issued is the Department's, as one whose author is not named.)
			if (author && (kind === 'notice' || kind === 'direction') && author.name === 'Government') return {name: this.department, person: null, written: true};
			if (author) return author;
			// "The letter, published after a focused visit in October, reads:", "The assessment letter said:": the inspectorate's.
			if (p && kind === 'letter' && /^[^.:;]{0,100}?\b(?:visit|inspection|inspectors|assessment|judgement|judgment|monitoring|outcome)\b/i.test(p.narrative.slice(m.start, m.start + 140))) return {name: this.probation ? 'HM Inspectorate of Probation' : 'Ofsted', person: null, written: true};
			// Notices and directions are the Department's, whoever signed them; a motion the council agreed, the council's.
			if (kind === 'notice' || kind === 'direction') return {name: this.department, person: null, written: true};
			if (p && kind === 'motion' && this.authorityCouncil && councilMotion.test(p.narrative.slice(m.end, m.end + 140))) return {name: this.authorityCouncil, person: null, written: true};
			// "In response, the council said its cabinet would step down. A statement said:": the body that spoke just before.
			return kind === 'statement' && p ? bodyBefore(p, m.start, {subjectOf: (v, from, to) => this.subjectOf(p, v, from, to), fromMention: (x) => this.fromMention(x, p)}, this.previousNarrativeSpeaker) : null;
		}
		if (m.org === 'it') {
			// "The DfE said the council had made progress. "...," it added": the organisation just named in this paragraph.
			const named = p ? [...p.mentions].reverse().find((x) => x.kind === 'org' && x.end <= m.start && x.org !== 'it' && !x.org.startsWith('the document:') && x.org !== 'the report') : undefined;
			if (named) return this.fromMention(named, p);
			// "The report said children "wait too long". It added: ...": the report (or motion) that opened the sentence before.
			const report = p ? [...p.mentions].reverse().find((x) => x.kind === 'org' && x.end <= m.start && (x.org === 'the report' || x.org === 'the document:motion')) : undefined;
			if (report && /(?:^|[.!?]["”’]?\s+)$/.test(p!.text.slice(0, report.start))) return this.fromMention(report, p);
			// "Ofsted spent a fortnight in the borough. / In its report, it said:": the body the paragraph before opened with.
			// ("Wigan Council has received a monitoring letter from Ofsted. / It goes on to add:": the letter, not its reader.)
			// ("The letter from Unison branch secretary Colin Farrow was sent ... / It states:": the letter's writer.)
			if (this.previousSubjectOrg) return ((!this.previousNarrativeSpeaker || this.previousNarrativeSpeaker.name === this.lastDocument?.author.name) && this.lastDocumentAt === this.index - 1 && this.lastDocument?.author.name !== this.previousSubjectOrg.name ? this.lastDocument?.author : null) ?? this.previousSubjectOrg;
			// "It continued:" carries on the document or organisation quoted last.
			if (this.lastSpeaker && (this.lastSpeaker.written || !this.lastSpeaker.person)) return this.lastSpeaker;
			return this.lastDocument?.author ?? null;
		}
		if (m.org === 'they') {
			const body = p ? inspectorateBefore(p, m) : null;
			return body ? this.fromMention(body, p) : null;
		}
		if (m.org.startsWith('the body:')) {
			const head = m.org.slice('the body:'.length);
			// "A spokesperson for the charity": the charity (or union, or company) the article named last.
			const named = this.bodies.last(head);
			return named ? {name: named, person: null} : null;
		}
		if (m.org === 'the spokesperson') {
			// The organisation of the spokesperson the article named last ("A Harrow Council spokeswoman ..."), else the council.
			// "A spokesperson for the LGA said demand had risen. / "...," the spokesperson said.": the one just reported.
			// "The Department for Education has been approached for comment. A spokesperson said": the one approached.
			const approached = p ? this.approachedIn(p, m.start) : null;
			if (approached) return approached;
			if (this.previousNarrativeSpeaker && !this.previousNarrativeSpeaker.person) return this.previousNarrativeSpeaker;
			if (this.lastSpeaker && !this.lastSpeaker.person && !this.lastSpeaker.written) return this.lastSpeaker;
			return this.authorityCouncil ? {name: this.authorityCouncil, person: null} : null;
		}
		if (m.org === 'the commissioner') {
			// The commissioner the article names, if it names one.
			const named = this.people.people.find((p) => p.roles.some((r) => /commissioner/i.test(r)));
			return named ? {name: named.name, person: named} : {name: 'Commissioner', person: null};
		}
		if (m.org.startsWith('the role:')) {
			const person = personByRole(this.people.people, m.org.slice('the role:'.length), [this.lastSpeaker?.person ?? null]);
			return person ? {name: person.name, person} : null;
		}
		if (m.org === 'the minister') {
			// The minister the article names ("Children's Minister Helen Marsh"), if it names one; an unnamed one speaks
			// for the department whose minister stories about children's services quote.
			const named = this.people.people.find((p) => p.roles.some((r) => /\b(minister|secretary of state|education secretary)\b/i.test(r)));
			return named ? {name: named.name, person: named} : {name: this.department, person: null};
		}
		// Inspectors are Ofsted's unless the story has named the probation inspectorate (a youth justice inspection).
		if (m.org === 'the inspectorate') return {name: this.probation ? 'HM Inspectorate of Probation' : 'Ofsted', person: null};
		if (m.org === 'the council') return this.authorityCouncil ? {name: this.authorityCouncil, person: null} : null;
		return {name: councilName(m.org), person: null};
	}

	/** The organisation the sentences just before `at` (a window: many spokespeople stay linear) say was approached for comment. */
	private approachedIn(p: QuoteParagraph, at: number): Speaker | null {
		const from = Math.max(0, at - 300);
		const m = /\b(?:approached|contacted|asked)\b[^.]{0,30}\b(?:for (?:a )?(?:comment|response)|to comment)\b/i.exec(p.narrative.slice(from, at));
		if (!m) return null;
		const org = mentionsBetween(p, sentenceAt(p.text, from + m.index).start, from + m.index).find((x) => x.kind === 'org' && x.org !== 'it' && x.org !== 'the spokesperson' && !x.org.startsWith('the document:'));
		return org ? this.fromMention(org, p) : null;
	}

	/** The author of the document of this kind introduced last (any kind for a bare "it"). */
	private documentAuthor(kind: string): Speaker | null {
		const d = this.lastDocument;
		if (!d) return null;
		if (d.kind === kind || (kind !== 'report' && d.kind !== 'report')) return d.author;
		return null;
	}

	/** Documents the narrative introduces with their author (quote-documents.ts). */
	private noteDocuments(p: QuoteParagraph): void {
		let d = documentIntroduced(p, this.lastDocument, (m) => this.fromMention(m, p), (at) => sentenceAt(p.text, at), this.people);
		const writer = d === this.lastDocument ? writerInQuotes(p, findMentions, (m) => this.fromMention(m, p)) : null;
		if (writer) d = {kind: 'letter', author: {...writer, written: true}};
		// ("Councillor Jo Bloggs's post", "minutes of the improvement board": a document its phrase gives an owner.)
		const owned = d === this.lastDocument ? documentsOwned(p, 0, p.narrative.length, (m) => this.fromMention(m, p), this.authorityCouncil).at(-1) : undefined;
		if (owned) d = {kind: owned.kind, author: owned.author};
		if (d !== this.lastDocument) this.lastDocumentAt = this.index;
		this.lastDocument = d;
	}

	/** The speaker of a reporting verb (quote-subject.ts). */
	private subjectOf(p: QuoteParagraph, verb: Verb, sentenceStart: number, sentenceEnd: number): Speaker | null {
		return subjectOf(p, verb, sentenceStart, sentenceEnd, {people: this.people, fromMention: (m) => this.fromMention(m, p)});
	}

	/** Attribution within the paragraph for one quotation span (`fragment`: not a whole quotation, isFullQuote). */
	private attributeSpan(p: QuoteParagraph, s: QuoteSpan, fragment = false): Found | null {
		const sentence = sentenceAt(p.text, s.start);
		// "According to Ofsted, "...": the one the words are according to.
		const according = /\baccording to\s+([^,.;:]{2,60}?),?\s*$/i.exec(p.narrative.slice(sentence.start, s.start));
		if (according) {
			const at = sentence.start + according.index + according[0].indexOf(according[1]!);
			const m = mentionsBetween(p, at, at + according[1]!.length)[0];
			const sp = m ? this.fromMention(m, p) : null;
			if (sp) return {speaker: sp, how: 'before', cue: squash(according[0]).slice(0, 80)};
		}
		// Before: the nearest reporting verb in the same sentence ahead of the quote.
		// ("Asked by Cllr Ann Lee whether ..., director Tom Hart answered:": the opening question is not the verb of
		// the words after its comma.)
		const nearest = verbsBetween(p, sentence.start, s.start).at(-1);
		const before = nearest && askedOpening.test(p.narrative.slice(sentence.start, nearest.end)) && /,[^,]*:\s*$/.test(p.narrative.slice(nearest.end, s.start)) ? undefined : nearest;
		// "Opposition leader Cllr Tom Harris went further: "..."": a colon with no reporting verb hands the words to
		// the one the sentence is about.
		// So does a comma, when the sentence opens with the person ("Ruth Kane, the town's MP, praised the staff, "...").
		// And a name with its role set before the words as a caption, no mark between ("Marcus Tilley, the council's
		// director "We have come a long way."").
		const leadIn = p.narrative.slice(sentence.start, s.start);
		const opener = !fragment ? mentionsBetween(p, sentence.start, s.start)[0] : undefined;
		const opensWithPerson = opener?.kind === 'person' && p.narrative.slice(sentence.start, opener.start).trim() === '';
		const captioned = opensWithPerson && /^\s*,[^,.;:!?"“”]{1,100}?\s*$/.test(p.narrative.slice(opener!.end, s.start));
		if (!before && (/:\s*$/.test(leadIn) || (opensWithPerson && /,\s*$/.test(leadIn)) || captioned)) {
			// (Else the author of a statement this paragraph introduced: "the council issued a statement confirming that ...:".)
			// ("Her view:", "His verdict on the report:": the pronoun's referent, whatever else the lead-in names.)
			const sp = pronounWords(leadIn, sentence.start, (m) => this.fromMention(m, p)) ?? colonSubject(p, sentence.start, s.start, (m) => this.fromMention(m, p)) ?? (this.lastDocumentAt === this.index && /\bthat\b/.test(leadIn) ? this.lastDocument!.author : null);
			if (sp) return {speaker: sp, how: 'before', cue: squash(p.narrative.slice(sentence.start, s.start)).slice(-80)};
		}
		if (before) {
			const sp = this.subjectOf(p, before, sentence.start, s.start);
			if (sp) {
				const cue = squash(p.narrative.slice(sentence.start, before.end)).slice(-80);
				// "X wrote:" makes the letter X's for what follows ("It continued:"), and so does a sentence whose subject is
				// the document ("The notice, sent by minister Diana Carver, says:").
				if (/^wr/i.test(p.narrative.slice(before.start, before.end)) && sp.person) this.lastDocument = {kind: 'letter', author: {...sp, written: true}};
				// (Not a participle's: "The report criticised ..., with a spokesman for the charity saying:" is the charity's.)
				const document = before.participle ? null : documentSubject.exec(p.narrative.slice(sentence.start, Math.min(before.start, sentence.start + 120)));
				if (document) this.lastDocument = {kind: document[1]!.toLowerCase().replace('e-mail', 'email'), author: {...sp, written: true}};
				return {speaker: sp, how: 'before', cue};
			}
		}
		// After: "..., he said." / "..., said Coun Smith." up to the next quotation or the sentence's end.
		// (A phrase shares the attribution after its sentence's later phrases: trailingFrom.)
		const {from, next} = fragment && verbsBetween(p, s.end, sentence.end).length > 0 ? trailingFrom(p, s, sentence.end) : {from: s.end, next: p.spans[spanOrder(p).get(s)! + 1]};
		const stop = Math.min(next ? next.start : p.text.length, Math.max(sentence.end, from + 1) + 80);
		const after = verbsBetween(p, from, stop)[0];
		if (after) {
			const window = mentionsBetween(p, from, stop);
			const nearVerb = window.filter((m) => m.kind !== 'org' || m.start < after.start);
			// A person before the verb, else the body named last before it ("... by Rutland County Council and ..., Ofsted
			// has found."), else who follows it ("said Coun Smith").
			const beforeVerb = nearVerb.filter((x) => x.end <= after.start);
			const m = beforeVerb.find((x) => x.kind === 'person') ?? beforeVerb.at(-1) ?? nearVerb.find((x) => x.start >= after.end) ?? window[0];
			const sp = m ? this.fromMention(m, p) : null;
			if (sp) return {speaker: sp, how: 'after', cue: squash(p.narrative.slice(from, Math.max(after.end, m!.end))).replace(/^[\s,.;:]+/, '').slice(0, 80)};
		}
		const told = sentence.start > 0 ? toldBefore(p, s, leadIn, {subjectOf: (v, from, to) => this.subjectOf(p, v, from, to), fromMention: (m) => this.fromMention(m, p)}) : null;
		if (told) return told;
		// "Inspectors found that ... / They added that: "..."": the body the paragraph before opened with.
		if (/^\s*(?:It|They)\s+(?:also\s+)?[a-z]+(?:\s+that)?\s*:?\s*$/.test(leadIn) && this.previousSubjectOrg) return {speaker: this.previousSubjectOrg, how: 'before', cue: squash(leadIn).slice(-80)};
		// The sentence's frame: an inspectorate or document its subject, a passive's agent, or the frame before it
		// (also for "Their letter said:", whose owner the sentence before names; asked only where there is one to take).
		const ctx = {people: this.people, fromMention: (m: Mention) => this.fromMention(m, p)};
		const frame = frameOf(p, sentence.start, sentence.end, s.start, ctx) ?? ((sentence.start > 0 || this.previousFrame) && (takesFrameBefore(p, sentence.start, s.start) || /^\s*(?:Its|Their)\s/.test(leadIn)) ? (sentence.start > 0 ? frameBefore(p, sentence.start, ctx) : this.previousFrame) : null);
		if (frame) return {speaker: frame, how: 'before', cue: squash(leadIn).slice(0, 80)};
		// "They raised concerns ..., concluding that "..."" after Ofsted's findings; "Changes that impressed inspectors were".
		const inspectors = this.inspectors.they(p, sentence.start, s.start, ctx.fromMention) ?? (inspectorsMoved(p, sentence.start, s.start) ? ctx.fromMention({kind: 'org', start: s.start, end: s.start, org: 'the inspectorate'}) : null);
		if (inspectors) return {speaker: inspectors, how: 'before', cue: squash(leadIn).slice(0, 80)};
		// "It read:", "The minutes record:", "A statement issued by the council said:": the document's owner, named in the
		// sentence or with the document just before.
		if (documentSpeaking(leadIn)) {
			const owner = documentsOwned(p, sentence.start, s.start, ctx.fromMention, this.authorityCouncil).at(-1)?.author ?? (this.lastDocument && this.index - this.lastDocumentAt <= 2 ? this.lastDocument.author : null);
			if (owner) return {speaker: owner, how: 'before', cue: squash(leadIn).slice(-80)};
		}
		const body = !fragment ? printedBodySpeaking(leadIn) : null;
		if (body) return {speaker: body, how: 'before', cue: squash(leadIn).slice(-80)};
		// "Inspectors found that some families "see a plan as the only route". Yet the plans "too often" fail ...": a
		// report's phrases quoted in a run, sentence after sentence, while nobody else is quoted or named before them
		// (a whole quotation with no attribution of its own may be anyone's reply).
		const run = this.lastFragment;
		if (fragment && run && !run.speaker.person && this.index - run.at <= 2 && this.sinceLastSpeaker(run.at, this.index) && this.lastPersonAt <= run.at && !mentionsBetween(p, sentence.start, s.start).some((m) => m.kind === 'person' || m.kind === 'pronoun'))
			return {speaker: run.speaker, how: 'previous-paragraph', cue: 'the words quoted before it'};
		return null;
	}

	private noteTrusts(p: QuoteParagraph): void {
		this.bodies.note(p);
		if (p.mentions.some((m) => m.kind === 'org' && m.org === 'HM Inspectorate of Probation')) this.probation = true;
	}

	/** Whether paragraph `at` came after the last quoted speaker and at most three paragraphs before `index`. */
	private sinceLastSpeaker(at: number, index: number): boolean {
		return at > this.lastSpeakerAt && index - at <= 3;
	}

	/** Processes one paragraph in article order and returns its quotation records (`next`: the paragraph after it, if known). */
	paragraph(index: number, p: QuoteParagraph, next?: QuoteParagraph | null): ExtractedQuote[] {
		const out: ExtractedQuote[] = [];
		this.index = index;
		// A quoted name or defined term ("the Council", a framework's title) is nobody's words.
		const spans = p.spans.filter((s) => !quotesAName(p.text, s));
		const full = spans.filter((s) => isFullQuote(p, s));
		const fullSet = new Set(full);
		const fragments = spans.filter((s) => !fullSet.has(s));
		// ("- "Plans are too vague."", "2. "...": a list's bullet or number before the mark opens the paragraph with the
		// quotation too, but not inside a letter that runs on, whose quoted bullets are others' words it cites.)
		// (A closing mark typed for the opening one opens it too: quote-spans.ts.)
		const lead = (this.runningOn ? /^\s*(?=[“"‘'”])/ : /^\s*(?:(?:[•*·–—-]|\d{1,2}[.)])\s*)?(?=[“"‘'”])/).exec(p.text);
		const opensWithQuote = (lead !== null && p.spans[0]?.start === lead[0].length) || p.spans[0]?.runsOn === true;
		const continues = opensWithQuote && (this.runningOn || this.previousHadQuote);

		this.noteTrusts(p);
		// "In a letter to ..., the minister set out her concerns. The letter reads: "..."": a document introduced before
		// its words in the same paragraph.
		this.noteDocuments(p);
		// A quotation its own words give to someone else is a record of its own (quote-split.ts).
		const [first, ...others] = groupBySpeaker(full, (s) => this.attributeSpan(p, s));
		if (first) {
			let found = first.found;
			// A remark cited in a letter, its source on the line under it: that person's, an aside in the letter's run.
			const cited = !found && p.cite && full.some((x) => x.cited) ? citedSpeaker(p.cite, (m) => this.fromMention(m, p)) : null;
			if (cited) found = cited;
			// ("..." / "Those were the words of foster carer Jo Bloggs": the speaker the next paragraph names.)
			const named = !found && opensWithQuote ? speakerAfter(next, (m) => this.fromMention(m, next!)) : null;
			if (named) found = {speaker: named, how: 'previous-paragraph', cue: 'the words of'};
			if (!found && continues && this.lastSpeaker) found = {speaker: this.lastSpeaker, how: 'continues', cue: this.previousCue};
			if (!found && opensWithQuote && this.previousNarrativeSpeaker)
				found = {speaker: this.previousNarrativeSpeaker, how: this.previousReported ? 'reported-speech' : 'previous-paragraph', cue: this.previousCue};
			// Quoted words right after a report or letter was introduced, with nobody quoted since: the document's.
			const document = this.lastDocument && this.sinceLastSpeaker(this.lastDocumentAt, index) ? this.lastDocument.author : null;
			// A quote paragraph after a run of a report's words quoted in fragments (", inspectors said"), nobody quoted since.
			const fragmentsOf = this.lastFragment && this.sinceLastSpeaker(this.lastFragment.at, index) && !this.lastFragment.speaker.person ? this.lastFragment.speaker : null;
			// (Also a sentence's main clause quoted after an opening clause that names no one: 'Although leaders say ..., "..."'.)
			if (!found && fragmentsOf && !this.previousQuestion && (opensWithQuote || !p.mentions.some((m) => m.kind === 'person'))) found = {speaker: fragmentsOf, how: 'previous-paragraph', cue: 'the words quoted before it'};
			if (!found && opensWithQuote && document && !this.previousQuestion) found = {speaker: document, how: 'previous-paragraph', cue: `the ${this.lastDocument!.kind} introduced before`};
			// "* Weak decision-making. "The effect on children ... is poor."": a list of a document's findings, each with its
			// words, that names nobody else.
			const listed = /^\s*[*•–-]\s/.test(p.text) && p.mentions.length === 0 && this.lastDocument && (this.lastDocumentAt > this.lastSpeakerAt || this.lastSpeaker?.name === this.lastDocument.author.name) && index - this.lastDocumentAt <= 8;
			if (!found && listed) found = {speaker: this.lastDocument!.author, how: 'previous-paragraph', cue: `the ${this.lastDocument!.kind} introduced before`};
			if (!found && this.lastSpeaker && opensWithQuote) found = {speaker: this.lastSpeaker, how: 'continues', cue: this.previousCue};
			// An interview printed as questions and answers: the answer is the interviewee's, the one the story is about.
			if (!found && opensWithQuote && this.previousQuestion && this.focus) found = {speaker: {name: this.focus.name, person: this.focus}, how: 'previous-paragraph', cue: this.previousQuestion};
			const text = first.spans.map((s) => s.text).join(' … ');
			out.push({paragraph: index, text, speaker: found?.speaker ?? null, fragment: false, how: found?.how ?? 'none', cue: found?.cue ?? ''});
			for (const g of others) out.push({paragraph: index, text: g.spans.map((s) => s.text).join(' … '), speaker: g.found!.speaker, fragment: false, how: g.found!.how, cue: g.found!.cue});
			found = others.at(-1)?.found ?? found;
			if (found && !cited) {
				this.lastSpeaker = found.speaker;
				this.lastSpeakerAt = index;
				this.previousCue = found.cue;
			}
		}

		for (const s of fragments) {
			const found = this.attributeSpan(p, s, true);
			out.push({paragraph: index, text: s.text, speaker: found?.speaker ?? null, fragment: true, how: found?.how ?? 'none', cue: found?.cue ?? ''});
			if (found) this.lastFragment = {speaker: found.speaker, at: index};
		}

		// Who the story is about after this paragraph: its quoted speaker, else the first person it names.
		const firstSpeaker = out.find((q) => q.speaker?.person)?.speaker?.person ?? null;
		const firstNamed = p.mentions.find((m) => m.kind === 'person');
		const named = firstNamed && firstNamed.kind === 'person' ? this.people.resolve(firstNamed) : null;
		const firstPronoun = p.mentions.find((m) => m.kind === 'person' || m.kind === 'pronoun');
		if (firstSpeaker) this.focus = firstSpeaker;
		else if (named && firstPronoun?.kind === 'person') this.focus = named;

		// A narrative paragraph that names a speaker ("Cllr Smith had this to say.") attributes the quote after it.
		// So does one that reports speech with quoted fragments ("Ms Rowe said the work was "only starting".").
		this.previousNarrativeSpeaker = null;
		this.previousReported = false;
		if (full.length === 0) {
			const verb = verbsOf(p)[0];
			if (verb) {
				const sentence = sentenceAt(p.text, verb.start);
				this.previousNarrativeSpeaker = this.subjectOf(p, verb, sentence.start, sentence.end);
				this.previousReported = p.spans.length > 0;
				if (this.previousNarrativeSpeaker) this.previousCue = squash(p.narrative.slice(sentence.start, verb.end)).slice(-80);
			} else if (handsOn(p.narrative)) {
				// "The council has issued the following statement:", "Statement from Wigan Council": the words after it are
				// its subject's.
				const sentence = sentenceAt(p.text, p.narrative.trimEnd().length - 1);
				this.previousNarrativeSpeaker = colonSubject(p, sentence.start, sentence.end, (m) => this.fromMention(m, p)) ?? headingSpeaker(p.narrative, this.people.people);
				if (this.previousNarrativeSpeaker) this.previousCue = squash(p.narrative.slice(sentence.start, sentence.end)).slice(-80);
			}
		}
		const opening = openingBody(p);
		this.previousSubjectOrg = opening ? this.fromMention(opening, p) : null;
		this.previousHadQuote = full.length > 0;
		this.previousQuestion = p.spans.length === 0 && /\?\s*$/.test(p.text) ? squash(p.text).slice(-80) : '';
		this.runningOn = full.some((s) => !s.closed);
		if (p.mentions.some((m) => m.kind === 'person')) this.lastPersonAt = index;
		this.inspectors.note(p);
		// Only the next paragraph's quotations read the frame of this one's last sentence: none, and it is not looked for.
		this.previousFrame = p.text.trim() === '' || next?.spans.length === 0 ? null : frameBefore(p, p.text.length, {people: this.people, fromMention: (m) => this.fromMention(m, p)});
		return out;
	}
}
