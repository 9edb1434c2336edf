import { en } from '../en';
import type { Tree } from './tree';

/** The English texts, merged over react-admin's own English ones. */
export const layers: Tree[] = [en];
