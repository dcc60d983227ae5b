import {readFileSync, readdirSync} from 'node:fs';
import {test} from 'vitest';
import {findDates, inferArticleDate} from '../source/ingest/dates.js';
import {statedDate, unknownDate, formatDate} from '../source/corpus/date-value.js';
import {sentenceSpans} from '../source/ingest/text.js';

test('scratch', () => {
	const dir = '/work/shared/corpus';
	const today = new Date('2025-06-01T12:00:00Z');
	for (const f of readdirSync(dir).sort()) {
		const text = readFileSync(`${dir}/${f}`, 'utf8');
		const m = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(text);
		const body = m ? text.slice(m[0].length) : text;
		const paras = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
		const inferred = inferArticleDate(paras, {today});
		const ref = m ? statedDate(m[1]!) : inferred;
		console.log(`=== ${f} inferred ${formatDate(inferred)} [${inferred.basis}] ref ${formatDate(ref)}`);
		for (const p of paras) for (const sp of sentenceSpans(p)) {
			const s = p.slice(sp.start, sp.end);
			for (const d of findDates(s, ref, {today})) console.log(`  ${JSON.stringify(d.text)} -> ${formatDate(d.date)} (${d.date.precision}) [${d.date.basis}]`);
		}
	}
});
