/** The benchmark's corpus generators by name: a (generator.ts, the project's own) and b (generator-b/, the second). */
import {generateArticleB, GENERATOR_B_VERSION} from './generator-b/article.js';
import {generatorA, type ArticleGenerator} from './generator.js';

export const generators: Readonly<Record<string, ArticleGenerator>> = {a: generatorA, b: {label: 'b ', version: GENERATOR_B_VERSION, article: generateArticleB}};
