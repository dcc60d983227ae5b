/**
 * The store's schema: one JSON document validated with zod on every open.
 *
 * Record shapes follow ../shared/CONTRACT.md where the contract names them; the store keeps more than the
 * contract prints (raw text, paragraphs, furniture), and the CLI projects records onto the contract shapes.
 * Objects are `.passthrough()` so that fields written by a newer minor version survive a save.
 */
import {z} from 'zod';
import {attributionKinds, eventStatuses, eventTypes, furnitureKinds, inspectedServices, origins, precisions, ratings} from './vocabulary.js';

// The vocabularies and the empty store live in vocabulary.ts, without zod, for the UI's first frame; they are
// re-exported here so that the store's modules keep one place to import from.
export {attributionKinds, emptyStore, eventStatuses, eventTypes, furnitureKinds, inspectedServices, origins, precisions, ratings, STORE_VERSION} from './vocabulary.js';
export type {AttributionKind, EventStatus, EventType, FurnitureKind, InspectedService, Origin, Precision, Rating} from './vocabulary.js';

export const dateValueSchema = z
	.object({
		value: z
			.string()
			.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
			.nullable(),
		precision: z.enum(precisions),
		approximate: z.boolean(),
		/** How the date is known: "stated", or the words it was inferred from. */
		basis: z.string(),
	})
	.passthrough();
/** A date at the precision the text gives it, never padded into false exactness. */
export type DateValue = z.infer<typeof dateValueSchema>;

const furnitureSchema = z
	.object({
		/** 1-based line number in the raw text. */
		line: z.number().int().positive(),
		text: z.string(),
		kind: z.enum(furnitureKinds),
	})
	.passthrough();
export type Furniture = z.infer<typeof furnitureSchema>;

const sourceRefSchema = z.object({articleId: z.string(), paragraph: z.number().int().positive()}).passthrough();
export type SourceRef = z.infer<typeof sourceRefSchema>;

const articlePersonSchema = z
	.object({
		name: z.string(),
		titles: z.array(z.string()),
		roles: z.array(z.string()),
		party: z.string().nullable(),
		paragraphs: z.array(z.number().int().positive()),
	})
	.passthrough();
/** A person as one article names them; the store's people collection is rebuilt from these. */
export type ArticlePersonRecord = z.infer<typeof articlePersonSchema>;

export const articleSchema = z
	.object({
		id: z.string().min(1),
		/** The file's base name, as the gold annotations and citations name it. */
		file: z.string(),
		/** The path it was imported from (as given, resolved to absolute). */
		path: z.string(),
		/** sha256 of the decoded, line-end-normalised text: same content means same article. */
		contentHash: z.string(),
		title: z.string(),
		titleSource: z.enum(['header', 'line', 'lede']),
		source: z.string().nullable(),
		/** Who wrote it, where an export or a saved page states it. */
		byline: z.string().nullable().optional(),
		/** The page's canonical URL, where known. */
		url: z.string().nullable().optional(),
		/** Ids of the same day's articles with nearly the same words: the story as other titles printed it. */
		copies: z.array(z.string()).optional(),
		published: dateValueSchema,
		/** Canonical authority names, the article's main authority first. */
		authorities: z.array(z.string()),
		/** The text exactly as read (decoded, line ends normalised, control characters removed). */
		raw: z.string(),
		/** Body paragraphs after metadata and page furniture are set aside; paragraph N is paragraphs[N-1]. */
		paragraphs: z.array(z.string()),
		furniture: z.array(furnitureSchema),
		people: z.array(articlePersonSchema),
		/** What reading the file removed or repaired: control characters, escape sequences, mojibake. */
		readReport: z.object({encoding: z.string(), removed: z.number().int().nonnegative(), repaired: z.number().int().nonnegative()}).passthrough(),
		importedAt: z.string(),
		origin: z.enum(origins),
	})
	.passthrough();
export type Article = z.infer<typeof articleSchema>;

export const authoritySchema = z
	.object({
		id: z.string().min(1),
		name: z.string(),
		onsCode: z.string().nullable(),
		origin: z.enum(origins),
	})
	.passthrough();
export type Authority = z.infer<typeof authoritySchema>;

export const personSchema = z
	.object({
		id: z.string().min(1),
		name: z.string(),
		titles: z.array(z.string()),
		roles: z.array(z.string()),
		party: z.string().nullable(),
		authorities: z.array(z.string()),
		/** Articles that mention the person. */
		articleIds: z.array(z.string()),
		origin: z.enum(origins),
	})
	.passthrough();
export type Person = z.infer<typeof personSchema>;

export const quoteSchema = z
	.object({
		id: z.string().min(1),
		articleId: z.string(),
		paragraph: z.number().int().positive(),
		text: z.string(),
		/** Canonical full name of a person, an organisation ("Ofsted"), or null when nobody can be named. */
		speaker: z.string().nullable(),
		speakerId: z.string().nullable(),
		fragment: z.boolean(),
		date: dateValueSchema,
		origin: z.enum(origins),
		/** How the speaker was found, and the words that named them (provenance a researcher can check). */
		attribution: z.object({kind: z.enum(attributionKinds), cue: z.string()}).passthrough().optional(),
	})
	.passthrough();
export type Quote = z.infer<typeof quoteSchema>;

export const eventSchema = z
	.object({
		id: z.string().min(1),
		date: dateValueSchema,
		authority: z.string(),
		type: z.enum(eventTypes),
		rating: z.enum(ratings).optional(),
		summary: z.string(),
		articleId: z.string().optional(),
		paragraph: z.number().int().positive().optional(),
		sources: z.array(sourceRefSchema),
		origin: z.enum(origins),
		/** Named people and parties: who acted (`by`: called for, refused) and who it was about. */
		participants: z.array(z.object({name: z.string(), role: z.enum(['by', 'about'])}).passthrough()).optional(),
		/** A researcher marked this extracted event as wrong: kept, hidden by default. */
		hidden: z.boolean().optional(),
		/** For an extracted judgement: the id of the official (origin `ofsted`) judgement it matches. */
		officialId: z.string().optional(),
		/** For a curated event that corrects an extracted one: the id it replaces. */
		replaces: z.string().optional(),
		/** Absent means it happened; planned, proposed and refused events are never counted as a response. */
		status: z.enum(eventStatuses).optional(),
		/** On a judgement: who inspected ("Ofsted", "HM Inspectorate of Probation", "Ofsted and CQC"). */
		inspectorate: z.string().optional(),
		/** On a judgement: what was judged. Absent means the council's children's services. */
		service: z.enum(inspectedServices).optional(),
		/** For an extracted event: the sentence it was read from and the words that typed it. */
		evidence: z.object({sentence: z.string(), cue: z.string()}).passthrough().optional(),
	})
	.passthrough();
export type CorpusEvent = z.infer<typeof eventSchema>;

export const storeSchema = z
	.object({
		version: z.number().int().positive(),
		name: z.string(),
		articles: z.array(articleSchema),
		authorities: z.array(authoritySchema),
		people: z.array(personSchema),
		quotes: z.array(quoteSchema),
		events: z.array(eventSchema),
	})
	.passthrough();
export type StoreData = z.infer<typeof storeSchema>;
