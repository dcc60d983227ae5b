/**
 * Plain checks of the store's most numerous records (articles, quotes, events) that pass only what their zod
 * schema (schema.ts) passes: a record they pass needs no zod check, and one they do not is checked by zod, which
 * gives the message. They may refuse more than zod (a non-plain object, an integer beyond 2^53, a sparse array):
 * such a record is only slower to check. A large store's write and read check every record, and zod's check of
 * the 18,000 articles and their 270,000 quotes and events an import's last batch adds was a second of its tail.
 *
 * Each check must test every field its schema names, as strictly or more: test/store-quick-checks.test.ts
 * checks that nothing they pass fails zod, on valid records and on records with any field changed.
 */
import {attributionKinds, eventStatuses, eventTypes, furnitureKinds, inspectedServices, origins, precisions, ratings} from '../vocabulary.js';

type Fields = Record<string, unknown>;

/** An object as JSON gives one (zod's object schemas take these; a class instance is left to zod). */
function plain(value: unknown): value is Fields {
	if (typeof value !== 'object' || value === null) return false;
	return Object.getPrototypeOf(value) === Object.prototype;
}

const string = (value: unknown): value is string => typeof value === 'string';
const nullableString = (value: unknown) => value === null || typeof value === 'string';
const id = (value: unknown) => typeof value === 'string' && value.length > 0;
const positiveInt = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const nonNegativeInt = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const boolean = (value: unknown) => typeof value === 'boolean';

function oneOf(values: readonly string[]): (value: unknown) => boolean {
	const set = new Set(values);
	return (value) => typeof value === 'string' && set.has(value);
}

/** Every element (holes included, which zod reads as undefined). */
function arrayOf(value: unknown, each: (element: unknown) => boolean): boolean {
	if (!Array.isArray(value)) return false;
	for (let i = 0; i < value.length; i++) if (!each(value[i])) return false;
	return true;
}

const precision = oneOf(precisions);
const origin = oneOf(origins);
const titleSource = oneOf(['header', 'line', 'lede']);
const furnitureKind = oneOf(furnitureKinds);
const attributionKind = oneOf(attributionKinds);
const eventType = oneOf(eventTypes);
const rating = oneOf(ratings);
const eventStatus = oneOf(eventStatuses);
const service = oneOf(inspectedServices);
const role = oneOf(['by', 'about']);
const dateText = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function dateValue(v: unknown): boolean {
	return plain(v) && (v['value'] === null || (string(v['value']) && dateText.test(v['value']))) && precision(v['precision']) && boolean(v['approximate']) && string(v['basis']);
}

const strings = (v: unknown) => arrayOf(v, string);
const furniture = (v: unknown) => plain(v) && positiveInt(v['line']) && string(v['text']) && furnitureKind(v['kind']);
const articlePerson = (v: unknown) =>
	plain(v) && string(v['name']) && strings(v['titles']) && strings(v['roles']) && nullableString(v['party']) && arrayOf(v['paragraphs'], positiveInt);

/** An article record; `rawLeft`: its raw text is read from the store file (a string by construction, not read here). */
export function quickArticle(v: unknown, rawLeft: boolean): boolean {
	if (!plain(v)) return false;
	const report = v['readReport'];
	return (
		id(v['id']) &&
		string(v['file']) &&
		string(v['path']) &&
		string(v['contentHash']) &&
		string(v['title']) &&
		titleSource(v['titleSource']) &&
		nullableString(v['source']) &&
		(v['byline'] === undefined || nullableString(v['byline'])) &&
		(v['url'] === undefined || nullableString(v['url'])) &&
		(v['copies'] === undefined || strings(v['copies'])) &&
		dateValue(v['published']) &&
		strings(v['authorities']) &&
		(rawLeft || string(v['raw'])) &&
		strings(v['paragraphs']) &&
		arrayOf(v['furniture'], furniture) &&
		arrayOf(v['people'], articlePerson) &&
		plain(report) &&
		string(report['encoding']) &&
		nonNegativeInt(report['removed']) &&
		nonNegativeInt(report['repaired']) &&
		string(v['importedAt']) &&
		origin(v['origin'])
	);
}

export function quickQuote(v: unknown): boolean {
	if (!plain(v)) return false;
	const attribution = v['attribution'];
	return (
		id(v['id']) &&
		string(v['articleId']) &&
		positiveInt(v['paragraph']) &&
		string(v['text']) &&
		nullableString(v['speaker']) &&
		nullableString(v['speakerId']) &&
		boolean(v['fragment']) &&
		dateValue(v['date']) &&
		origin(v['origin']) &&
		(attribution === undefined || (plain(attribution) && attributionKind(attribution['kind']) && string(attribution['cue'])))
	);
}

const sourceRef = (v: unknown) => plain(v) && string(v['articleId']) && positiveInt(v['paragraph']);
const participant = (v: unknown) => plain(v) && string(v['name']) && role(v['role']);

export function quickEvent(v: unknown): boolean {
	if (!plain(v)) return false;
	const evidence = v['evidence'];
	return (
		id(v['id']) &&
		dateValue(v['date']) &&
		string(v['authority']) &&
		eventType(v['type']) &&
		(v['rating'] === undefined || rating(v['rating'])) &&
		string(v['summary']) &&
		(v['articleId'] === undefined || string(v['articleId'])) &&
		(v['paragraph'] === undefined || positiveInt(v['paragraph'])) &&
		arrayOf(v['sources'], sourceRef) &&
		origin(v['origin']) &&
		(v['participants'] === undefined || arrayOf(v['participants'], participant)) &&
		(v['hidden'] === undefined || boolean(v['hidden'])) &&
		(v['officialId'] === undefined || string(v['officialId'])) &&
		(v['replaces'] === undefined || string(v['replaces'])) &&
		(v['status'] === undefined || eventStatus(v['status'])) &&
		(v['inspectorate'] === undefined || string(v['inspectorate'])) &&
		(v['service'] === undefined || service(v['service'])) &&
		(evidence === undefined || (plain(evidence) && string(evidence['sentence']) && string(evidence['cue'])))
	);
}

/** The quick checks by collection, for the store's kind. */
export const quickChecks: Readonly<Record<string, (record: unknown, rawLeft: boolean) => boolean>> = {
	articles: quickArticle,
	quotes: (record) => quickQuote(record),
	events: (record) => quickEvent(record),
};
