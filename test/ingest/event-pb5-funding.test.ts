/**
 * Money for children's services told without a sum: extra money pledged for social work, a percentage rise in the
 * children's services budget approved; and money "released" on a date of its own. Each beside ordinary sentences with
 * the same words that give the service no money. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const funding = (published: string, text: string) => rows(published, text).filter((r) => r.startsWith('funding '));

test('extra money pledged for social work or children in care is funding', () => {
	expect(funding('2021-12-10', 'Stockport Council has promised more funding for children in care after the Ofsted report.')).toEqual(['funding 2021-12-10~']);
	expect(funding('2021-12-10', 'Leaders in Barnsley committed additional money to social work on Tuesday.')).toEqual(['funding 2021-12-07']);
});

test('extra money pledged for roads, a club or a festival is not the service’s', () => {
	expect(funding('2021-12-10', 'Stockport Council has pledged extra money for pothole repairs this winter.')).toEqual([]);
	expect(funding('2021-12-10', 'The club’s owners promised more investment in the first team.')).toEqual([]);
});

test('a rise in the children’s services budget approved is funding', () => {
	expect(funding('2021-03-09', 'Gateshead Council has approved an 8 per cent rise in its children’s social care budget.')).toEqual(['funding 2021-03-09~']);
});

test('a rise in council tax or the highways budget is not the service’s', () => {
	expect(funding('2021-03-09', 'Gateshead Council has approved a 4.99 per cent increase in council tax.')).toEqual([]);
	expect(funding('2021-03-09', 'Councillors agreed a 12 per cent increase in the highways budget to fix the roads.')).toEqual([]);
	expect(funding('2021-03-09', 'Members backed a rise in the cost of parking permits.')).toEqual([]);
});

test('money released in July is dated July, not by the inspection named after it', () => {
	expect(funding('2022-11-25', 'Rotherham’s first £1 million for children’s services was released in July, soon after the Ofsted inspection.')).toEqual(['funding 2022-07']);
});
