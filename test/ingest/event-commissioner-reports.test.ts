/**
 * A commissioner's report told by what it will give and when ("will give his verdict by 30 April", "before giving her
 * recommendations by the end of December"), and one already made whatever it asks for next. Each sentence written
 * for this project after reading how real pages put them.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const published = '2022-10-10';
const lede = 'Rutland County Council’s children’s services are under scrutiny.';
const reports = (...paragraphs: string[]) =>
	article(published, lede, ...paragraphs)
		.events.filter((e) => e.type === 'commissioner-report')
		.map((e) => `${e.status ?? 'happened'} ${e.date.value === null ? 'undated' : (e.date.approximate ? '~' : '') + e.date.value}`);

test('"will give his verdict on Rutland’s future by 30 April", "will deliver her verdict ... by 12 December": a report planned for that day', () => {
	expect(reports('Commissioner Lee Hart will give his verdict on Rutland’s future by 30 April.')).toEqual(['planned ~2023-04-30']);
	expect(reports('Rutland’s commissioner, Jo Brazil, will deliver her verdict to the education secretary by 12 December.')).toEqual(['planned ~2022-12-12']);
});

test('"before giving her recommendations to the Government by the end of December", after a sentence about the commissioner', () => {
	expect(reports('A commissioner has been sent into Rutland.', 'She will spend three months at the council before giving her recommendations to the Government by the end of December.')).toEqual(['planned ~2022-12']);
	// Without a commissioner told before, recommendations are anyone's.
	expect(reports('The panel will spend three months at the council before giving its recommendations by the end of December.')).toEqual([]);
});

test('"must show real change within six months, its commissioner has concluded": a report made, not one planned', () => {
	expect(reports('Rutland must show real change within six months, its commissioner has concluded.')[0]).toMatch(/^happened/);
	expect(reports('The commissioner will report in June.')).toEqual(['planned ~2023-06']);
});
