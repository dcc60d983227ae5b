/**
 * The last few answers of a pure function of one text, kept by the exact text. Extraction's steps ask of the same
 * sentence and clause in turn (a sentence's grades, then each clause's, then the sentence's again), so each text is
 * answered once. A ring compared by ===: most texts differ in length from each kept one at once, where a map hashed
 * every new text. Callers must not modify an answer: the next caller of the same text is given it too.
 */
export function keptAnswers<R>(size: number, answer: (text: string) => R): (text: string) => R {
	const texts: (string | null)[] = new Array<string | null>(size).fill(null);
	const answers: R[] = new Array<R>(size);
	let next = 0;
	return (text) => {
		for (let i = 0; i < size; i++) if (texts[i] === text) return answers[i] as R;
		const found = answer(text);
		texts[next] = text;
		answers[next] = found;
		next = (next + 1) % size;
		return found;
	};
}
