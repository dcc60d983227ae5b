/**
 * The review of session 24's other event types: a notice spell asked about, claimed or another council's; pressure on
 * no one's going or from a club's players; a board of another body's improvement; money refused for another purpose;
 * a commissioner of another department or council; a visit that was a ceremony, a retirement from another body, a
 * refusal to resign over another service. None gives the council the event; the council's own still do.
 */
import {describe, expect, test} from 'vitest';
import {wigans} from './review24-probe.js';

describe('must not give the council the event', () => {
	test.each([
		['improvement-notice-lifted', 'Bolton was under an improvement notice from 2010 to 2013, Wigan councillors were told.'],
		['improvement-notice-lifted', "Wigan's leader claimed Bolton was rated inadequate in 2018 and spent three years under an improvement notice."],
		['improvement-notice-lifted', 'Was Wigan under an improvement notice from 2010 to 2013?'],
		['resignation-call', "Bolton's opposition demanded new leadership at Bolton's children's services, Wigan's leader noted."],
		['resignation-call', "Wigan's footballers said they had lost confidence in him before the coach left."],
		['resignation-call', 'The bus route will leave the town centre following pressure from Wigan councillors.'],
		['improvement-board', 'The board was set up in 2010 to oversee improvements at Wigan Infirmary.'],
		['improvement-board', "The new board held its first meeting this week to oversee Bolton's children's services improvement, Wigan heard."],
		['improvement-board', 'The board was formed in 2014 when the local enterprise partnership asked Wigan to improve its transport.'],
		['improvement-board', "The board was set up last year to drive improvement in Wigan's parks."],
		['funding', "Bolton plans to increase its children's services budget, Wigan councillors were told."],
		['funding', "The Arts Council rejected Wigan's application for funding for a new museum."],
		['funding', "The Home Office declined Wigan's request for more money for community policing."],
		['commissioner-report', "Bolton's commissioner is expected to complete her report by the end of December, Wigan councillors heard."],
		['commissioner-appointed', "Commissioner Jane Marsh is already working with Bolton Council, Wigan's leader said."],
		['commissioner-appointed', "Commissioner Gordon is working with Wigan's planning department on the new bypass."],
		['commissioner-appointed', "The commissioner, who has led Bolton's children's services since 2019, visited Wigan."],
		['inspection-visit', "The visit took place in October, when the Queen opened Wigan's new library."],
		['inspection-visit', 'The visit took place in October and the Mayor of Wigan unveiled a plaque.'],
		['resignation', "Wigan's chief executive, who retired from Wigan Athletic in 2019, joined the council."],
		['resignation-refused', "Wigan's leader said no one would resign over the bin collection failures."],
	])('%s: %s', (type, text) => {
		expect(wigans(text, type)).toEqual([]);
	});
});

test('a restaurant\'s grade does not date the notice', () => {
	// (The notice itself is read as before, undated: only the spell step's dating is the restaurant's.)
	expect(wigans('The restaurant in Wigan was rated inadequate in 2018 and has been under an improvement notice since.', 'improvement-notice').filter((e) => !e.includes(' null '))).toEqual([]);
});

describe('the council\'s own events still read', () => {
	test.each([
		['improvement-notice-lifted', 'Wigan was under a government improvement notice from 2010 to 2013.'],
		['improvement-notice-lifted', 'Wigan was rated inadequate in 2012 and spent two years under an improvement notice.'],
		['improvement-notice', "Wigan's children's services were rated inadequate in 2018 and have been under an improvement notice since."],
		['resignation-call', "MPs said they had lost confidence in the director of Wigan's children's services."],
		['resignation-call', "Wigan's opposition councillors demanded new leadership of the council's children's services."],
		['resignation-call', "Wigan's director of children's services resigned following pressure from MPs."],
		['improvement-board', 'The board was set up in 2010 when Wigan was placed under an improvement notice.'],
		['improvement-board', "The board, created in 2019 after an Ofsted inspection of Wigan's children's services, meets monthly."],
		['improvement-board', "The new board held its first meeting this week to oversee improvements to Wigan's children's services."],
		['funding', "The government turned down Wigan's bid for extra funding for children's social care."],
		['funding', "Wigan plans to increase its children's services budget by 12 per cent."],
		['commissioner-report', "The commissioner is expected to complete her report on Wigan's children's services by the end of December."],
		['commissioner-appointed', "The commissioner who has overseen Wigan's children's services since 2017 will stay on."],
		['commissioner-appointed', "Commissioner Jane Marsh is already working with Wigan Council on its children's services."],
		['inspection-visit', "Ofsted made an assurance visit to Wigan's children's services in May."],
		['inspection-visit', "Ofsted and the CQC revisited the area in July to check Wigan's SEND services."],
		['resignation-call', "Opposition councillors called for the removal of the director of Wigan's children's services."],
		['improvement-notice', 'The department issued a formal warning to Wigan Council over care for vulnerable children.'],
	])('%s: %s', (type, text) => {
		expect(wigans(text, type)).not.toEqual([]);
	});
});
