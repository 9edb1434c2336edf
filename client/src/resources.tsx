import { Resource } from 'react-admin';
import HomeIcon from '@mui/icons-material/Home';
import TaskIcon from '@mui/icons-material/TaskAlt';
import ChatIcon from '@mui/icons-material/Chat';
import HelpIcon from '@mui/icons-material/Help';
import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import PersonIcon from '@mui/icons-material/Person';
import FlagIcon from '@mui/icons-material/Flag';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import WorkIcon from '@mui/icons-material/Work';
import BusinessIcon from '@mui/icons-material/Business';
import ForumIcon from '@mui/icons-material/Forum';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HubIcon from '@mui/icons-material/Hub';
import HistoryIcon from '@mui/icons-material/History';
import GroupIcon from '@mui/icons-material/Group';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import RuleIcon from '@mui/icons-material/Rule';
import PsychologyIcon from '@mui/icons-material/Psychology';
import CampaignIcon from '@mui/icons-material/Campaign';
import { skillName } from './skills/skillName';
import type { Skill } from './api/types';
import GroupsIcon from '@mui/icons-material/Groups';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import { HouseholdList } from './households/HouseholdList';
import { lazyViews } from './common/lazyViews';
import { formatDay } from './common/dates';
import { inLanguage } from './integration-domains/useDomains';
import { i18nProvider } from './providers/i18nProvider';

/**
 * Every resource react-admin knows, with the icon and name the menu and references show. Their pages are
 * fetched when opened (a chunk per resource), except the household list, the first page of daily work.
 * The registration itself stays eager, so deep links, references and permissions work before any page loads.
 */
export const resources = [
  <Resource
    key="households"
    name="households"
    list={HouseholdList}
    {...lazyViews(() => import('./households'), ['show', 'create', 'edit'])}
    icon={HomeIcon}
    recordRepresentation="reference"
  />,
  <Resource
    key="tasks"
    name="tasks"
    {...lazyViews(() => import('./tasks'), ['list', 'create', 'edit'])}
    icon={TaskIcon}
    recordRepresentation="title"
  />,
  <Resource
    key="contact-logs"
    name="contact-logs"
    {...lazyViews(() => import('./contact-logs'), ['list', 'create', 'edit'])}
    icon={ChatIcon}
    recordRepresentation={(r: { occurredAt?: string }) => formatDay(r.occurredAt)}
  />,
  <Resource
    key="helpdesk-questions"
    name="helpdesk-questions"
    {...lazyViews(() => import('./helpdesk-questions'), ['list', 'create', 'edit'])}
    icon={HelpIcon}
    recordRepresentation="question"
  />,
  <Resource
    key="labels"
    name="labels"
    {...lazyViews(() => import('./labels'), ['list', 'create', 'edit'])}
    icon={LocalOfferIcon}
    // A label is named in the language the user reads, falling back to Dutch.
    recordRepresentation={(l: { name: Record<string, string> }) =>
      l.name[i18nProvider.getLocale()] || l.name.nl || l.name.en || '?'
    }
  />,
  <Resource
    key="persons"
    name="persons"
    {...lazyViews(() => import('./persons'), ['list', 'show', 'create', 'edit'])}
    icon={PersonIcon}
    recordRepresentation="firstName"
  />,
  <Resource
    key="perspective-plans"
    name="perspective-plans"
    {...lazyViews(() => import('./perspective-plans'), ['list', 'create', 'edit'])}
    icon={FlagIcon}
    recordRepresentation="perspective"
  />,
  <Resource
    key="obstacles"
    name="obstacles"
    {...lazyViews(() => import('./obstacles'), ['list', 'show', 'edit', 'create'])}
    icon={ReportProblemIcon}
    recordRepresentation="title"
  />,
  <Resource
    key="breakthroughs"
    name="breakthroughs"
    {...lazyViews(() => import('./breakthroughs'), ['list', 'show', 'edit', 'create'])}
    icon={EmojiEventsIcon}
    recordRepresentation="title"
  />,
  <Resource
    key="placements"
    name="placements"
    {...lazyViews(() => import('./placements'), ['list', 'show', 'create', 'edit'])}
    icon={WorkIcon}
    recordRepresentation="jobTitle"
  />,
  <Resource
    key="employers"
    name="employers"
    {...lazyViews(() => import('./employers'), ['list', 'show', 'create', 'edit'])}
    icon={BusinessIcon}
    recordRepresentation="name"
  />,
  <Resource
    key="network-conversations"
    name="network-conversations"
    {...lazyViews(() => import('./network-conversations'), ['list', 'create', 'edit'])}
    icon={ForumIcon}
    recordRepresentation={(r: { date?: string }) => formatDay(r.date)}
  />,
  <Resource
    key="partner-organizations"
    name="partner-organizations"
    {...lazyViews(() => import('./partner-organizations'), ['list', 'create', 'edit'])}
    icon={HandshakeIcon}
    recordRepresentation="name"
  />,
  // Issue 17: group work and policy work.
  <Resource
    key="activities"
    name="activities"
    {...lazyViews(() => import('./activities'), ['list', 'create', 'edit'])}
    icon={GroupsIcon}
    recordRepresentation="title"
  />,
  <Resource
    key="policy-signals"
    name="policy-signals"
    {...lazyViews(() => import('./policy-signals'), ['list', 'create', 'edit'])}
    icon={CampaignIcon}
    recordRepresentation="title"
  />,
  <Resource
    key="integration-domains"
    name="integration-domains"
    {...lazyViews(() => import('./integration-domains'), ['list'])}
    icon={HubIcon}
    recordRepresentation={(d: { name: Record<string, string> }) => inLanguage(d.name, i18nProvider.getLocale())}
  />,
  // Issue 16: skills, a person's learning (edited on the person's page), vacancies.
  <Resource
    key="skills"
    name="skills"
    {...lazyViews(() => import('./skills'), ['list', 'create', 'edit'])}
    icon={PsychologyIcon}
    recordRepresentation={(s: Skill) => skillName(s, i18nProvider.getLocale())}
  />,
  <Resource
    key="vacancies"
    name="vacancies"
    {...lazyViews(() => import('./vacancies'), ['list', 'show', 'create', 'edit'])}
    icon={CampaignIcon}
    recordRepresentation="title"
  />,
  <Resource key="person-skills" name="person-skills" />,
  <Resource key="qualifications" name="qualifications" />,
  <Resource key="language-assessments" name="language-assessments" />,
  <Resource key="courses" name="courses" />,
  <Resource key="referrals" name="referrals" />,
  <Resource key="consents" name="consents" />,
  <Resource
    key="imports"
    name="imports"
    {...lazyViews(() => import('./imports'), ['list', 'create', 'show'])}
    icon={UploadFileIcon}
    recordRepresentation="fileName"
  />,
  <Resource
    key="audit-events"
    name="audit-events"
    {...lazyViews(() => import('./audit-events'), ['list'])}
    icon={HistoryIcon}
  />,
  <Resource
    key="users"
    name="users"
    {...lazyViews(() => import('./users'), ['list', 'create', 'edit'])}
    icon={GroupIcon}
    recordRepresentation="fullName"
  />,
  // Issue 14: the rules' amounts by date (read by all, versions added by admins), and incomes, edited on the person page.
  <Resource
    key="policy-parameters"
    name="policy-parameters"
    {...lazyViews(() => import('./policy-parameters'), ['list', 'create'])}
    icon={RuleIcon}
  />,
  <Resource key="incomes" name="incomes" />,
  // Reached from the user menu (not the side menu): one's saved list and report views.
  <Resource
    key="saved-views"
    name="saved-views"
    {...lazyViews(() => import('./saved-views'), ['list', 'edit'])}
    icon={BookmarksIcon}
    recordRepresentation="name"
  />,
];
