/** REFUSE-1: a refusal to go says what its report holds of the others it names (invented names). */
import {describe, expect, it} from 'vitest';
import {refusalInWords} from '../../source/corpus/compare-responses.js';

describe('a refusal to go in words', () => {
	it.each([
		[['Ada Quill'], [], 'Coun Quill said she would not step down.', 'Ada Quill refused to resign'],
		[['Ada Quill'], ['Bo Fenn'], 'Coun Quill said she refused to accept Coun Fenn’s resignation.', "Ada Quill refused to accept Bo Fenn's resignation"],
		[['Ada Quill'], ['Bo Fenn', 'Cy Marr'], 'Coun Quill refused to accept the resignation offered by Couns Fenn and Marr.', 'Ada Quill refused to accept the resignations of Bo Fenn and Cy Marr'],
		[['Ada Quill'], ['Bo Fenn'], 'Coun Quill believes she is the right person to lead, along with Coun Fenn.', 'Ada Quill and Bo Fenn refused to resign'],
		[['Ada Quill'], ['Bo Fenn'], 'Coun Quill will not quit, Coun Fenn told the meeting.', 'Ada Quill refused to resign; the report names Bo Fenn beside the refusal'],
	])('%j with %j: %s', (who, others, summary, words) => {
		expect(refusalInWords(who, others, summary)).toBe(words);
	});
});
