/**
 * "In 2014 a commissioner was appointed, and two years later the council agreed ...": a step after ", and" opens the next
 * event's clause; the event before keeps its own date. A step told of the event itself still counts from the date
 * before it. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

test('ordinary sentences with a year and "years later" give no event', () => {
	expect(rows('2024-03-14', 'In 2014 Gateshead’s new library opened, and two years later the council extended it.')).toEqual([]);
	expect(rows('2024-03-14', 'In 2012 a commissioner for police was elected in Northumbria, and two years later he stood again.')).toEqual([]);
});

test('"In 2014 a commissioner was appointed, and two years later ...": 2014 is the appointment’s', () => {
	expect(rows('2024-03-14', 'In 2014 a commissioner was appointed to Gateshead, and two years later the council agreed to hand its services to a trust.')).toContain('commissioner-appointed 2014');
	expect(rows('2024-03-14', 'In 2011 an improvement notice was issued to Gateshead, and three years later the council set up a trust.')).toContain('improvement-notice 2011');
});

test('"issued in 2010 was lifted two years later": the step is the lifting’s', () => {
	expect(rows('2024-03-14', 'The improvement notice issued to Gateshead in 2010 was lifted two years later.')).toContain('improvement-notice-lifted 2012~');
});
