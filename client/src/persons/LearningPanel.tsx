import { useState, type ReactNode } from 'react';
import { Box, Card, CardContent, Chip, IconButton, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import {
  BooleanInput,
  Button,
  CanAccess,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useGetList,
  useGetMany,
  useLocaleState,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { RecordDialog } from '../common/RecordDialog';
import { formatDay } from '../common/dates';
import {
  ASSESSMENT_METHODS,
  choices,
  COURSE_KINDS,
  DUTCH_LEVELS,
  LANGUAGE_LEVELS,
  LEVEL_LANGUAGES,
  QUALIFICATION_EVALUATORS,
  RECOGNITION_STATUSES,
  REGULATED_PROFESSIONS,
  SKILL_LEVELS,
} from '../common/choices';
import type { Course, LanguageAssessment, Person, PersonSkill, Qualification, Skill } from '../api/types';
import { skillName } from '../skills/skillName';
import { SkillInput } from '../vacancies/SkillsInput';

type Kind = 'person-skills' | 'qualifications' | 'language-assessments' | 'courses';

const today = () => new Date().toISOString().slice(0, 10);

function useRecords<T extends RaRecord>(resource: Kind, personId: string, sort: string) {
  return (
    useGetList<T>(resource, {
      filter: { personId },
      pagination: { page: 1, perPage: 200 },
      sort: { field: sort, order: 'DESC' },
    }).data ?? []
  );
}

/** One part of the panel: its title, its rows, and an add button for those who may write. */
const Section = ({
  resource,
  title,
  addLabel,
  onAdd,
  children,
  empty,
}: {
  resource: Kind;
  title: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
  empty: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }} data-testid={`learning-${resource}`}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="subtitle1">{translate(title)}</Typography>
        <CanAccess resource={resource} action="create">
          <Button label={addLabel} onClick={onAdd}>
            <AddIcon />
          </Button>
        </CanAccess>
      </Box>
      {empty ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.learning.none')}
        </Typography>
      ) : (
        children
      )}
    </Box>
  );
};

const Row = ({ resource, onEdit, children }: { resource: Kind; onEdit: () => void; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.5, borderBottom: '1px solid #eee' }}>
      <Box sx={{ flex: 1, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>{children}</Box>
      <CanAccess resource={resource} action="edit">
        <Tooltip title={translate('app.learning.edit')}>
          <IconButton size="small" aria-label={translate('app.learning.edit')} onClick={onEdit}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </CanAccess>
    </Box>
  );
};

/**
 * What a person can do and learns: skills (shown in practice or said),
 * qualifications with their evaluation and recognition, every language
 * assessment over time (the newest per language is the level on the
 * profile), and courses.
 */
export const LearningPanel = ({ person }: { person: Person }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [dialog, setDialog] = useState<{ resource: Kind; record?: RaRecord } | null>(null);
  const skills = useRecords<PersonSkill>('person-skills', person.id, 'createdAt');
  const qualifications = useRecords<Qualification>('qualifications', person.id, 'createdAt');
  const assessments = useRecords<LanguageAssessment>('language-assessments', person.id, 'assessedOn');
  const courses = useRecords<Course>('courses', person.id, 'startDate');
  const { data: skillRecords = [] } = useGetMany<Skill>(
    'skills',
    { ids: skills.map((s) => s.skillId) },
    { enabled: skills.length > 0 },
  );
  const open = (resource: Kind, record?: RaRecord) => setDialog({ resource, record });
  const t = (key: string) => translate(key);
  // The newest assessment per language is the current level; the rest is the history.
  const current = new Set(
    LEVEL_LANGUAGES.map((language) => assessments.find((a) => a.language === language)?.id).filter(Boolean),
  );

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="learning-panel">
      <CardContent>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {t('app.learning.title')}
        </Typography>
        <Section
          resource="person-skills"
          title="app.learning.skills"
          addLabel="app.learning.addSkill"
          onAdd={() => open('person-skills')}
          empty={skills.length === 0}
        >
          {skills.map((s) => (
            <Row key={s.id} resource="person-skills" onEdit={() => open('person-skills', s)}>
              <Typography variant="body2">
                {skillName(
                  skillRecords.find((r) => r.id === s.skillId),
                  locale,
                )}
              </Typography>
              {s.level && <Chip size="small" label={t(`resources.person-skills.level.${s.level}`)} />}
              {s.shownInPractice && <Chip size="small" color="success" label={t('app.learning.shown')} />}
            </Row>
          ))}
        </Section>
        <Section
          resource="qualifications"
          title="app.learning.qualifications"
          addLabel="app.learning.addQualification"
          onAdd={() => open('qualifications')}
          empty={qualifications.length === 0}
        >
          {qualifications.map((q) => (
            <Row key={q.id} resource="qualifications" onEdit={() => open('qualifications', q)}>
              <Typography variant="body2">
                {q.title}
                {q.country ? ` (${q.country})` : ''}
              </Typography>
              {q.evaluatedBy && (
                <Chip size="small" label={t(`resources.qualifications.evaluatedBy.${q.evaluatedBy}`)} />
              )}
              {q.result && <Chip size="small" label={t(`resources.qualifications.result.${q.result}`)} />}
              {q.regulatedProfession !== 'none' && (
                <Chip
                  size="small"
                  color="warning"
                  label={`${t(`resources.qualifications.regulatedProfession.${q.regulatedProfession}`)}${
                    q.recognitionStatus
                      ? `: ${t(`resources.qualifications.recognitionStatus.${q.recognitionStatus}`)}`
                      : ''
                  }`}
                />
              )}
            </Row>
          ))}
        </Section>
        <Section
          resource="language-assessments"
          title="app.learning.languages"
          addLabel="app.learning.addAssessment"
          onAdd={() => open('language-assessments')}
          empty={assessments.length === 0}
        >
          {assessments.map((a) => (
            <Row key={a.id} resource="language-assessments" onEdit={() => open('language-assessments', a)}>
              <Typography variant="body2" sx={{ minWidth: 90 }}>
                {formatDay(a.assessedOn)}
              </Typography>
              <Typography variant="body2" data-testid="assessment">
                {t(`resources.persons.fields.languageLevels.${a.language}`)}:{' '}
                {t(`resources.persons.languageLevel.${a.level}`)}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {t(`resources.language-assessments.method.${a.method}`)}
              </Typography>
              {current.has(a.id) && <Chip size="small" color="primary" label={t('app.learning.current')} />}
            </Row>
          ))}
        </Section>
        <Section
          resource="courses"
          title="app.learning.courses"
          addLabel="app.learning.addCourse"
          onAdd={() => open('courses')}
          empty={courses.length === 0}
        >
          {courses.map((c) => (
            <Row key={c.id} resource="courses" onEdit={() => open('courses', c)}>
              <Typography variant="body2">{c.title}</Typography>
              <Chip size="small" label={t(`resources.courses.kind.${c.kind}`)} />
              <Typography variant="caption" color="text.secondary">
                {[c.provider, c.startDate && formatDay(c.startDate), c.endDate && formatDay(c.endDate)]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
              {c.completed && <Chip size="small" color="success" label={t('app.learning.completed')} />}
            </Row>
          ))}
        </Section>
      </CardContent>
      {dialog && (
        <RecordDialog
          resource={dialog.resource}
          title={dialog.record ? 'app.learning.edit' : `resources.${dialog.resource}.name`}
          fixed={{ personId: person.id }}
          record={dialog.record}
          onClose={() => setDialog(null)}
        >
          <LearningInputs resource={dialog.resource} />
        </RecordDialog>
      )}
    </Card>
  );
};

const hours = [minValue(0), maxValue(60)];

const LearningInputs = ({ resource }: { resource: Kind }) => {
  switch (resource) {
    case 'person-skills':
      return (
        <>
          <SkillInput validate={required()} />
          <SelectInput source="level" choices={choices('person-skills', 'level', SKILL_LEVELS)} emptyText="—" />
          <BooleanInput source="shownInPractice" />
        </>
      );
    case 'qualifications':
      return (
        <>
          <TextInput source="title" validate={required()} fullWidth />
          <TextInput source="country" />
          <TextInput source="field" />
          <SelectInput
            source="evaluatedBy"
            choices={choices('qualifications', 'evaluatedBy', QUALIFICATION_EVALUATORS)}
            emptyText="—"
          />
          <DateInput source="evaluatedOn" />
          <SelectInput source="result" choices={choices('qualifications', 'result', DUTCH_LEVELS)} emptyText="—" />
          <SelectInput
            source="regulatedProfession"
            choices={choices('qualifications', 'regulatedProfession', REGULATED_PROFESSIONS)}
            defaultValue="none"
          />
          <SelectInput
            source="recognitionStatus"
            choices={choices('qualifications', 'recognitionStatus', RECOGNITION_STATUSES)}
            emptyText="—"
          />
        </>
      );
    case 'language-assessments':
      return (
        <>
          <SelectInput
            source="language"
            choices={LEVEL_LANGUAGES.map((id) => ({ id, name: `resources.persons.fields.languageLevels.${id}` }))}
            validate={required()}
            defaultValue="nl"
          />
          <SelectInput
            source="level"
            choices={choices('persons', 'languageLevel', LANGUAGE_LEVELS)}
            validate={required()}
          />
          <DateInput source="assessedOn" validate={required()} defaultValue={today()} />
          <SelectInput
            source="method"
            choices={choices('language-assessments', 'method', ASSESSMENT_METHODS)}
            validate={required()}
          />
        </>
      );
    case 'courses':
      return (
        <>
          <SelectInput source="kind" choices={choices('courses', 'kind', COURSE_KINDS)} validate={required()} />
          <TextInput source="title" validate={required()} fullWidth />
          <TextInput source="provider" />
          <TextInput source="field" />
          <NumberInput source="hoursPerWeek" min={0} max={60} validate={hours} />
          <DateInput source="startDate" />
          <DateInput source="endDate" />
          <BooleanInput source="completed" />
        </>
      );
  }
};
