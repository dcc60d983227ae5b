/**
 * A statutory direction and a commissioner told as two things ("issued with a statutory direction and a commissioner
 * was appointed") are two events: the direction (an improvement notice) and the appointment; a direction told as the
 * instrument that appoints the commissioner stays the appointment alone. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

test('ordinary sentences with the words give no direction and no commissioner', () => {
	expect(rows('2024-03-14', 'The direction of travel in Gateshead is right, the police and crime commissioner told the panel.')).toEqual([]);
	expect(rows('2024-03-14', 'Gateshead’s planners directed traffic away from the school while the children’s commissioner for England visited.')).toEqual([]);
});

test('"issued with a statutory direction and a commissioner was appointed": both', () => {
	expect(rows('2024-03-14', 'In May 2019 Gateshead Council was issued with a statutory direction and a commissioner was appointed.').sort()).toEqual(['commissioner-appointed 2019-05~', 'improvement-notice 2019-05']);
	expect(rows('2024-03-14', 'Ministers appointed a commissioner and issued a statutory direction to Gateshead Council in May 2019.').sort()).toEqual(['commissioner-appointed 2019-05', 'improvement-notice 2019-05']);
});

test('"a statutory direction appointing X as commissioner": the appointment alone', () => {
	expect(rows('2024-03-14', 'In May 2019 the minister used a statutory direction to appoint Ann Fell as Gateshead’s children’s services commissioner.')).toEqual(['commissioner-appointed 2019-05']);
});
