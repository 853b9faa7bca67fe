/** The rule registry: one rule per file in this folder; each is `(design) => Finding[]`. */
import type { Design } from '../../model/schema';
import type { Finding } from '../types';

export type Rule = (design: Design) => Finding[];

export const RULES: Rule[] = [];
