/**
 * A quoted sentence that opens on what the speaker does in saying it ("I want to say ...", "I would like to pay tribute
 * to ...") is no wish: the fact it goes on to state is read like any other quoted fact (quoted-facts.ts). A wish, a
 * condition or a possibility after it still keeps the sentence the speaker's claim, and another body's business stays
 * its own. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows as allRows} from './pb4-rows.js';

/** The article names a council first, so that its sentences are read as about one. */
const rows = (published: string, ...text: string[]) => allRows(published, 'Manchester City Council’s children’s services are under the spotlight again.', ...text);

test('a fact told after "I want to say" or "I want to pay tribute to" is read', () => {
	expect(rows('2019-03-08', 'Coun Ray Ashworth said: "I want to say directly to every family who has been let down that we have heard this, and that I will be personally chairing the improvement board from next month."')).toContain('improvement-board 2019-04');
	expect(rows('2024-06-21', 'The cabinet member said: "I want to pay tribute to my predecessor, who chaired our improvement board through the most difficult period."').filter((r) => r.startsWith('improvement-board '))).toHaveLength(1);
});

test('a wish, a condition or another body’s business after the speech act is none', () => {
	for (const text of [
		'The leader said: "I want to say that I hope we can set up an improvement board next year."',
		'The director said: "I want to make it clear that ministers could send in a commissioner if we do not improve."',
		'The chief executive said: "I would like to thank the NHS trust, which put an extra £2m into its hospitals this year."',
		'The chairman said: "I want to thank the football club, which spent £5m on its new stadium last year."',
		'The headteacher said: "I want to thank our pupils and staff, and I would welcome a visit from inspectors next term."',
		'The councillor said: "I want to say that if we had the money, we might set up an improvement board."',
		'The mayor said: "I want to thank the police, whose new chief constable was appointed in May."',
		'She said: "I want to tell residents that the library will close in May and the leisure centre will open in June."',
		'He said: "I wish to thank the hospital’s board, which has appointed a new chief executive."',
	]) {
		expect(rows('2019-03-08', text), text).toEqual([]);
	}
});
