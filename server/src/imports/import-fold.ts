/** Text compared without case or accents: "Oleksandr" finds "oleksandr", "Zoe" finds "Zoë". */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
