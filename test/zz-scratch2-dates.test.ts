import {test} from 'vitest';
import {findDates} from '../source/ingest/dates.js';
import {statedDate, unknownDate, formatDate} from '../source/corpus/date-value.js';

test('scratch2', () => {
	const today = new Date('2025-06-01T12:00:00Z');
	const refs = [statedDate('2022-01-27'), statedDate('2019-02'), statedDate('2019'), {...statedDate('2015'), approximate: true}, unknownDate()];
	const ss = [
		'The inspection took place on 17 January 2019 and the report followed on January 30, 2019.',
		'Ofsted rated the service inadequate in July 2012, and again in 2019.',
		"2012's report was damning, the 2016 follow-up less so.",
		'The council has 441 children in care, £1m of extra money, 16 social workers and a 12-week plan, after 20 years of decline.',
		'The board met last Tuesday and will meet again next Tuesday.',
		'Ofsted will return on Friday February 22.',
		'Ofsted returned on Friday 22 February.',
		'The report, which was published in March, will be discussed in May.',
		'Theresa May said the council must improve.',
		'April Jones, the director, left in April.',
		'The commissioner was appointed a month after the December 2018 report.',
		'It came three years after the July 2012 report.',
		'Inspectors visited the town two weeks ago and will publish their findings next month.',
		'Last year the council spent £2m; earlier this year it set up a board.',
		'The council was rated good in the 2019/20 inspection round, between 2012 and 2015 it was inadequate.',
		'The meeting on 30 February 2019 did not happen.',
		'By the end of March 2030 the council hopes to be good.',
		'Services were judged inadequate in March 2023.',
		'She joined the council in the summer of 2014 and left in mid-2016.',
		'The vote is scheduled for 5 March.',
		'Coun Smith said the problems began in December.',
		'The council was placed under an improvement notice in December and will be reinspected in December.',
		'The 2000 children in care deserve better, said Mr Marsden.',
		'In 2012 children were found at risk.',
		'The hearing is on 01/03/2019 at the town hall.',
		'He resigned yesterday, and said “I will go today.”',
		'A report published on Wednesday 23 January 2019 was damning.',
		'A report published on Friday 23 January 2019 was damning.',
		'Councillors met on the 3rd of March.',
		'March saw a record number of referrals.',
		'The budget for 2019-20 was cut.',
		'A monitoring visit took place last month.',
		'Over the last year the council has improved, and in the next month it will publish a plan.',
	];
	for (const ref of refs) {
		console.log(`##### ref ${formatDate(ref)}`);
		for (const s of ss) {
			const r = findDates(s, ref, {today});
			console.log(`${s}\n   ${r.map((d) => `${JSON.stringify(d.text)}@${d.start} -> ${formatDate(d.date)} [${d.date.basis}]`).join('\n   ')}`);
		}
	}
});
