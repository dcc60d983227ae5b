import {test} from 'vitest';
import {inferArticleDate} from '../source/ingest/dates.js';
import {formatDate} from '../source/corpus/date-value.js';

test('scratch3', () => {
	const today = new Date('2025-06-01T12:00:00Z');
	const arts: Record<string, string[]> = {
		A_ambig: ['Kent County Council was rated inadequate in March 2017.', 'Ofsted inspectors will return on Tuesday March 5 to check progress.'],
		A_fixed: ['Kent County Council was rated inadequate in March 2017.', 'It is the second time in two years the service has been found failing.', 'Ofsted inspectors will return on Tuesday March 5 to check progress.'],
		B: ['Services were rated inadequate in November 2019.', 'A decision on the future of the service is expected in March 2020.'],
		C: ['Services were rated inadequate in 2012 and again in 2016.', 'The council leader said lessons had been learned.'],
		D: ['Three years after the 2012 report, the notice has been lifted.', 'Services were rated good in 2020.'],
		E: ['Five years since the 2014 inspection, the service is now rated good.'],
		F: ['The service was rated inadequate in 2012 and in 2016.', 'Two years after the council was warned, the service has improved.'],
		G: ['Derby City Council was told in June 2021 that it must improve.', 'The council will meet on Thursday, 14 October to agree a plan.'],
		H: ['The report was published on 4 March 2021.', 'Councillors are to meet in April.'],
		I: ['It was the third inadequate rating in ten years, after reports in 2009 and 2014.'],
		J: ['Ofsted visited last week.', 'The council said it would respond on Monday.'],
		K: ['The inspection in January 2030 will decide.'],
	};
	for (const [k, ps] of Object.entries(arts)) {
		const d = inferArticleDate(ps, {today});
		console.log(k, formatDate(d), d.precision, '|', d.basis);
	}
});
