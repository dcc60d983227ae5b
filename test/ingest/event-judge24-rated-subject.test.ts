/**
 * Probes of session 24's service rule, in sentences of our own: the thing graded just before its grade decides the
 * judgement's service ("a secondary academy has been rated inadequate ... for safeguarding" is a school's grade, "a
 * second home was rated inadequate" a children's home's), and a joint targeted area inspection or a report of the
 * probation inspectorate alone is no grade of the council's children's services. Near-misses keep the services'.
 */
import {describe, expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {today} from './article.js';

const services = (published: string, ...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Wigan\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Wigan')
		.map((e) => `${e.rating ?? '-'} ${e.service ?? "children's services"}`);

describe('the thing graded decides the service', () => {
	test.each([
		['A Wigan secondary academy has been rated inadequate by Ofsted for its leadership and safeguarding.', 'inadequate school'],
		['Ofsted has judged the school good, praising its safeguarding of pupils.', 'good school'],
		['A pupil referral unit run by Wigan Council has been judged outstanding by Ofsted.', 'outstanding school'],
		['A council-run short-breaks home for disabled children in Wigan has been judged good by Ofsted.', 'good other'],
		['Questions have been asked about how Wigan Council runs its homes after a second home was rated inadequate by Ofsted.', 'inadequate other'],
		['The home, which cannot be named, was visited by inspectors last month, when it was given the lowest grade in every area.', 'inadequate other'],
		['Wigan’s youth justice service requires improvement, the probation inspectorate has found.', 'requires improvement youth justice'],
		['The probation inspectorate rated Wigan’s youth offending team inadequate in safeguarding work.', 'inadequate youth justice'],
		['The council’s fostering service has been rated outstanding by Ofsted.', 'outstanding other'],
	])('%s', (sentence, want) => {
		expect(services('2024-05-02', sentence)).toContain(want);
	});

	test('two grades of one sentence, each its own subject’s', () => {
		const got = services('2021-10-29', 'Wigan’s youth justice service requires improvement, the probation inspectorate has found, despite the borough’s outstanding rating from Ofsted for children’s social care in 2017.');
		expect(got).toContain('requires improvement youth justice');
		expect(got).toContain("outstanding children's services");
	});

	test('a joint targeted area inspection, and the probation inspectorate’s report alone, are not the children’s services’ grade', () => {
		expect(services('2017-11-30', 'A joint targeted area inspection of how agencies in Wigan respond to child exploitation has found strong partnership working.')).not.toContain("- children's services");
		expect(services('2011-06-14', 'The core case inspection by HM Inspectorate of Probation also found that safeguarding work in Wigan was up to standard in most cases.').every((s) => !s.endsWith("children's services"))).toBe(true);
	});
});

describe('near-misses: the council’s children’s services keep their grade', () => {
	test.each([
		['Wigan’s children’s services, which run 12 children’s homes, were rated good by Ofsted.', "good children's services"],
		['Ofsted rated Wigan’s children’s services good, praising the council’s children’s homes.', "good children's services"],
		['Children in the council’s homes were found to be safe, and Ofsted rated the council good.', "good children's services"],
		['The council’s support for school improvement was not inspected; Ofsted rated its children’s services good.', "good children's services"],
		['Ofsted rated the council’s children’s services requires improvement, the same grade as its youth offending team.', "requires improvement children's services"],
		['Ofsted and the probation inspectorate rated Wigan’s help for children in care good.', "good children's services"],
		['Wigan Council’s children’s services have been judged outstanding after inspectors visited schools and homes across the borough.', "outstanding children's services"],
	])('%s', (sentence, want) => {
		expect(services('2024-05-02', sentence)).toContain(want);
	});

	test('an adult care home rated by the CQC is no grade of the children’s services', () => {
		expect(services('2024-05-02', 'A care home for older people in Wigan has been rated inadequate by the Care Quality Commission.').filter((s) => s.endsWith("children's services"))).toEqual([]);
	});
});
