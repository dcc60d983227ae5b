/**
 * A spell under a notice told by its bounds or length (event-notice-spells.ts): the lifting a spell gone by implies,
 * and the notice dated by the grade it followed. Beside them, spells still running, spells to come, other councils'
 * and spells of other kinds, which give no lifting. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const of = (type: string, published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith(`${type} `));

test('a spell from one year to another ends in the second', () => {
	expect(of('improvement-notice-lifted', '2019-05-03', 'Stockport was under a government improvement notice from 2011 to 2014.')).toEqual(['improvement-notice-lifted 2014']);
	expect(of('improvement-notice-lifted', '2019-05-03', 'Rotherham spent two years under a notice to improve between 2015 and 2017, before inspectors said it was back on track.')).toEqual(['improvement-notice-lifted 2017']);
	expect(of('improvement-notice-lifted', '2019-05-03', 'Barnet was under a statutory direction from March 2016 to July 2018.')).toEqual(['improvement-notice-lifted 2018']);
});

test('a spell of a length after a dated grade ends that long after it', () => {
	expect(rows('2019-05-03', 'Oldham was rated inadequate in 2013 and spent three years under an improvement notice.').filter((r) => /notice/.test(r))).toEqual(['improvement-notice 2013~', 'improvement-notice-lifted 2016~']);
	expect(rows('2019-05-03', 'Bolton was judged inadequate in 2012 and was under an improvement notice for the next two years.').filter((r) => /notice/.test(r))).toEqual(['improvement-notice 2012~', 'improvement-notice-lifted 2014~']);
});

test('a notice in force since a dated grade is dated by it, and not lifted', () => {
	expect(rows('2021-03-01', 'Slough’s services were rated inadequate by Ofsted in 2019 and have been under an improvement notice since.').filter((r) => /notice/.test(r))).toEqual(['improvement-notice 2019~']);
});

test('a spell still running, to come, or only hoped to end gives no lifting', () => {
	expect(of('improvement-notice-lifted', '2019-05-03', 'Oldham was rated inadequate in 2017 and has spent two years under an improvement notice.')).toEqual([]);
	expect(of('improvement-notice-lifted', '2019-05-03', 'Oldham has been under an improvement notice since 2017.')).toEqual([]);
	expect(of('improvement-notice-lifted', '2019-05-03', 'Oldham could spend two years under an improvement notice if the inspection goes badly.')).toEqual([]);
	expect(of('improvement-notice-lifted', '2019-05-03', 'Ministers warned that Oldham, rated inadequate in 2018, would spend two years under an improvement notice if it did not improve.')).toEqual([]);
	expect(of('improvement-notice-lifted', '2019-05-03', 'Was Oldham, rated inadequate in 2013, really under an improvement notice for three years?')).toEqual([]);
	expect(of('improvement-notice-lifted', '2019-05-03', 'Oldham will be under an improvement notice from 2019 to 2021 under the minister’s plan.')).toEqual([]);
});

test('spells of other kinds, and money spent, give no notice lifted', () => {
	expect(of('improvement-notice-lifted', '2019-05-03', 'St Mary’s Primary School in Oldham spent two years in special measures from 2014 to 2016.')).toEqual([]);
	expect(of('improvement-notice-lifted', '2019-05-03', 'Oldham Council spent £2m on agency social workers between 2015 and 2017.')).toEqual([]);
	expect(of('improvement-notice-lifted', '2019-05-03', 'The Greater Manchester force was in special measures from 2020 to 2022, the inspectorate said.')).toEqual([]);
	expect(of('improvement-notice', '2019-05-03', 'Oldham was rated good in 2013 and spent three years expanding its fostering team.')).toEqual([]);
});

test('a grade and a notice with another act between them: the notice keeps its own date or none', () => {
	expect(rows('2019-05-03', 'Oldham was rated inadequate in 2013, and after a second inspection was under an improvement notice for two years.').filter((r) => /notice ?/.test(r) && r.startsWith('improvement-notice '))).toEqual(['improvement-notice undated']);
});
