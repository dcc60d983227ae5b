/**
 * A small corpus of syndicated copies for tests: one story printed by two titles on one day (the Gazette's file
 * is read first, so its printing is the one counted) and a different story about another authority.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const story = (title: string, source: string, tail = '') =>
	[
		`title: ${title}`,
		'date: 2024-03-05',
		`source: ${source}`,
		'authority: Somerset',
		'',
		"Somerset Council has appointed an interim director of children's services after its previous director resigned last month following an inadequate Ofsted rating.",
		'',
		"The appointment was confirmed at a meeting of the council's cabinet on Tuesday evening, where members also agreed a new improvement plan for the service.",
		'',
		'"We have a lot of work to do and we will do it in the open," said council leader Jane Smith.',
		'',
		`"Children cannot wait for us to get this right," said Cllr Tom Brown, the cabinet member for children's services.`,
		tail,
	].join('\n');

/** Writes the three article files into `dir` (made if missing) and returns it. */
export function writeSyndicatedCorpus(dir: string): string {
	mkdirSync(dir, {recursive: true});
	writeFileSync(path.join(dir, 'a-gazette.txt'), story("Interim children's director appointed", 'Exampleshire Gazette'));
	writeFileSync(path.join(dir, 'b-echo.txt'), story('Council appoints interim director', 'Exampleshire Echo', '\nReporting by our local democracy reporter.\n'));
	writeFileSync(
		path.join(dir, 'c-post.txt'),
		[
			'title: Leader defends budget',
			'date: 2024-04-10',
			'source: Exampleshire Post',
			'authority: Devon',
			'',
			"Devon County Council's leader has defended the budget for children's services at a full council meeting.",
			'',
			'"The money is there for the next three years," said council leader Jane Smith.',
			'',
		].join('\n'),
	);
	return dir;
}
