import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  useLocaleState,
} from 'react-admin';
import type { Skill } from '../api/types';
import { skillName, skillNameField } from '../skills/skillName';

/** Picks skills from the shared list and the organisation's own, searched in the reader's language. */
export const SkillsInput = ({ source = 'skillIds' }: { source?: string }) => {
  const [locale] = useLocaleState();
  return (
    <ReferenceArrayInput source={source} reference="skills" sort={{ field: skillNameField(locale), order: 'ASC' }}>
      <AutocompleteArrayInput
        optionText={(s: Skill) => skillName(s, locale)}
        filterToQuery={(q: string) => ({ q })}
        fullWidth
      />
    </ReferenceArrayInput>
  );
};

export const SkillInput = ({ source = 'skillId', validate }: { source?: string; validate?: unknown }) => {
  const [locale] = useLocaleState();
  return (
    <ReferenceInput source={source} reference="skills" sort={{ field: skillNameField(locale), order: 'ASC' }}>
      <AutocompleteInput
        optionText={(s: Skill) => skillName(s, locale)}
        filterToQuery={(q: string) => ({ q })}
        validate={validate as never}
        fullWidth
      />
    </ReferenceInput>
  );
};
