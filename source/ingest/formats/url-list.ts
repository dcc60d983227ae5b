/**
 * URL lists: Media Cloud's story CSV (`id, indexed_date, language, media_name, media_url, publish_date, title,
 * url`). Each row is matched to a saved page by URL (the page's canonical link), and gives the page the
 * publication and date it lacks.
 */
import {parse} from 'csv-parse/sync';
import type {StatedDay} from './types.js';

export type UrlListEntry = {readonly source: string | null; readonly published: StatedDay | null; readonly title: string | null};
export type UrlList = ReadonlyMap<string, UrlListEntry>;

/** A URL as a key: scheme, `www.`, fragment, common tracking parameters and a final slash do not count. */
export function urlKey(url: string): string {
	try {
		const u = new URL(url.trim());
		for (const p of [...u.searchParams.keys()]) if (/^(?:utm_|fbclid$|gclid$|ref$)/i.test(p)) u.searchParams.delete(p);
		const host = u.hostname.toLowerCase().replace(/^www\./, '');
		return `${host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
	} catch {
		return url.trim().toLowerCase();
	}
}

/** Reads a Media Cloud CSV. Throws an Error with a one-line message naming the row on bad input. */
export function parseUrlList(text: string): UrlList {
	const rows = parse(text, {columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, skip_empty_lines: true, relax_column_count: true}) as Record<string, string>[];
	const out = new Map<string, UrlListEntry>();
	if (rows.length && !('url' in rows[0]!)) throw new Error("no 'url' column (a Media Cloud CSV has id, indexed_date, language, media_name, media_url, publish_date, title, url)");
	rows.forEach((row) => {
		if (!row['url']) return;
		const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(row['publish_date'] ?? '');
		out.set(urlKey(row['url']), {
			source: row['media_name']?.trim() || null,
			published: m ? {value: `${m[1]}-${m[2]}-${m[3]}`, basis: 'stated: URL list publish_date'} : null,
			title: row['title']?.trim() || null,
		});
	});
	return out;
}
