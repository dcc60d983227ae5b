/**
 * A line that gives two whole dates joined by a dash or "to" is a span (an inspection's fieldwork, a web archive's
 * captures, a report's period), not the day a page was published, even when a label stands before it ("Fieldwork 12
 * March 2019 - 22 March 2019", "Saved from the web 3 Feb 2014 - 9 Oct 2019"). A label that says the page was
 * published or updated still makes its date the page's.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;
const story = ["Inspectors found that children in the borough were not always seen quickly enough when concerns were raised.", '', 'The council said it accepted the findings and would act on them at once.'];

describe('a labelled span of two dates is not the page\'s date', () => {
	it.each([
		['Fieldwork 12 March 2019 - 22 March 2019'],
		['Fieldwork: 4 November 2021 – 15 November 2021'],
		['Inspection visit 3 June 2018 to 14 June 2018'],
		['On-site inspection 9 Sep 2022 - 20 Sep 2022'],
		['Saved from the web 3 Feb 2014 - 9 Oct 2019'],
		['Archived copies 12 Jan 2015 - 30 Apr 2020'],
		['Consultation period 1 May 2023 to 30 June 2023'],
	])('%s', (line) => {
		const got = dateOf(["Children's services in Marlow Vale need to improve", '', line, '', ...story]);
		const last = new Date(`${line.match(/(\d{1,2} \w+ \d{4})\s*$/)![1]} UTC`).toISOString().slice(0, 10);
		const first = new Date(`${line.match(/(\d{1,2} \w+ \d{4})\s*(?:-|–|to)/)![1]} UTC`).toISOString().slice(0, 10);
		expect(got).not.toBe(last);
		expect(got).not.toBe(first);
	});
	it('a published line under it is the page\'s date', () => {
		expect(dateOf(["Children's services in Marlow Vale need to improve", '', 'Fieldwork 12 March 2019 - 22 March 2019', 'Published: 26 April 2019', '', ...story])).toBe('2019-04-26');
	});
});

describe('labels of the page\'s own date keep it', () => {
	it.each([
		['Published 12 March 2019 - Updated 22 March 2019', '2019-03-12'],
		['Posted: 4 November 2021 – 10:32', '2021-11-04'],
		['News - 14 June 2023', '2023-06-14'],
		['By Priya Mann - 14 June 2023', '2023-06-14'],
		['14 June 2023', '2023-06-14'],
	])('%s', (line, value) => {
		expect(dateOf(["Children's services in Marlow Vale need to improve", '', line, '', ...story])).toBe(value);
	});
});
