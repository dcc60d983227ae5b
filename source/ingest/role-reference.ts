/**
 * "The director said:", "the councillor said": a person the article named before, now called by their role. The
 * role is read from what the article printed beside the name ("Brent's corporate director for children, Lewis
 * Okafor") or from a councillor's title.
 */
import type {ArticlePerson} from './people.js';

/** The role words a story uses for someone it has named, as the subject right before a reporting verb ("sent to the director, said" is not). */
export const roleReference = /(?<!\b(?:to|by|with|from|for|of|at|on|and)\s)\bthe (director|councillor|cabinet member|council leader|leader|chief executive|mayor|chair|chairman|chairwoman|headteacher|MP|inspector|lead inspector)\b(?=,? (?:said|says|added|adds|told|explained|stated|warned|insisted|replied|responded|admitted|continued|wrote))/gi;

const holds: Record<string, (p: ArticlePerson) => boolean> = {
	councillor: (p) => [...p.titles].some((t) => /^(cllr|coun|councillor)\.?$/i.test(t)) || p.roles.some((r) => /\b(councillor|cabinet member|portfolio holder|lead member|council leader)\b/i.test(r)),
	'cabinet member': (p) => p.roles.some((r) => /\b(cabinet member|portfolio holder|lead member)\b/i.test(r)),
	'council leader': (p) => p.roles.some((r) => /\bleader\b/i.test(r)),
	mayor: (p) => p.titles.has('Mayor') || p.roles.some((r) => /\bmayor\b/i.test(r)),
	chair: (p) => p.roles.some((r) => /\bchair/i.test(r)),
};

/**
 * The one person the article gave that role; of several, the first of `preferred` (the last speaker) among them,
 * else nobody: a guess between two directors would put words in the wrong mouth.
 */
export function personByRole(people: readonly ArticlePerson[], role: string, preferred: readonly (ArticlePerson | null)[]): ArticlePerson | null {
	const word = role.toLowerCase();
	const test = holds[word] ?? holds[word.replace(/man$|woman$/, '')] ?? ((p: ArticlePerson) => p.roles.some((r) => new RegExp(`\\b${word}\\b`, 'i').test(r)));
	const candidates = people.filter(test);
	if (candidates.length === 1) return candidates[0]!;
	return preferred.find((p) => p !== null && candidates.includes(p)) ?? null;
}
