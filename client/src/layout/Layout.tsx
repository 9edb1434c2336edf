import type { ReactNode } from 'react';
import { useState, forwardRef } from 'react';
import { IconButton, Menu as MuiMenu, MenuItem, Tooltip } from '@mui/material';
import {
  AppBar,
  Layout as RaLayout,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  MenuItemLink,
  TitlePortal,
  ToggleThemeButton,
  UserMenu,
  useLocaleState,
  useLocales,
  useTranslate,
  useUserMenu,
  type LayoutProps,
} from 'react-admin';
import KeyIcon from '@mui/icons-material/Key';
import TranslateIcon from '@mui/icons-material/Translate';
import { Menu } from './Menu';
import { useIsSmall } from './ResponsiveDatagrid';
import { TopBarTools } from './TopBarTools';
import BookmarksIcon from '@mui/icons-material/Bookmarks';

const ChangePasswordItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const { onClose } = useUserMenu() ?? {};
  return (
    <MenuItemLink
      ref={ref}
      {...props}
      to="/change-password"
      primaryText="app.password.menu"
      leftIcon={<KeyIcon />}
      onClick={onClose}
    />
  );
});

const SavedViewsItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const { onClose } = useUserMenu() ?? {};
  return (
    <MenuItemLink
      ref={ref}
      {...props}
      to="/saved-views"
      primaryText="app.savedViews.menu"
      leftIcon={<BookmarksIcon />}
      onClick={onClose}
    />
  );
});

const DoorbraakUserMenu = () => (
  <UserMenu>
    <SavedViewsItem />
    <ChangePasswordItem />
    <Logout />
  </UserMenu>
);

/** The language menu as an icon only: on a phone the language's name would push the page title off the bar. */
const CompactLocalesMenu = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title={translate('app.language')}>
        <IconButton
          color="inherit"
          aria-label={translate('app.language')}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <TranslateIcon />
        </IconButton>
      </Tooltip>
      <MuiMenu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {locales.map(({ locale: value, name }) => (
          <MenuItem
            key={value}
            selected={value === locale}
            lang={value}
            onClick={() => {
              setLocale(value);
              setAnchor(null);
            }}
          >
            {name}
          </MenuItem>
        ))}
      </MuiMenu>
    </>
  );
};

const Tools = TopBarTools;

// On a phone the bar holds the menu, the title, search, the bell, the language and the user menu; the theme
// toggle gives way (the system's theme still applies).
const SmallToolbar = () => (
  <>
    <Tools />
    <CompactLocalesMenu />
    <LoadingIndicator />
  </>
);

const WideToolbar = () => (
  <>
    <Tools />
    <LocalesMenuButton />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);

// On a phone the title may take two lines rather than be cut off.
const smallTitleSx = {
  whiteSpace: 'normal',
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  fontSize: '1rem',
  lineHeight: 1.25,
  overflowWrap: 'anywhere',
} as const;

const DoorbraakAppBar = () => {
  const isSmall = useIsSmall();
  return (
    <AppBar userMenu={<DoorbraakUserMenu />} toolbar={isSmall ? <SmallToolbar /> : <WideToolbar />}>
      <TitlePortal sx={isSmall ? smallTitleSx : undefined} />
    </AppBar>
  );
};

export const Layout = ({ children, ...props }: LayoutProps & { children?: ReactNode }) => (
  <RaLayout
    {...props}
    appBar={DoorbraakAppBar}
    menu={Menu}
    sx={(theme) => ({
      // Nothing inside the page may widen it past the screen: wide content wraps or scrolls in its own box.
      '& .RaLayout-content': { minWidth: 0 },
      // On a phone a plain table (caseload, deadlines, reports) scrolls inside its own box, not the page.
      [theme.breakpoints.down('sm')]: {
        // react-admin lets the layout grow to fit its content (min-width: fit-content); a phone keeps the screen's width.
        minWidth: 0,
        '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar': { minWidth: 0 },
        '& .RaLayout-content table:not(.RaDatagrid-table)': { display: 'block', maxWidth: '100%', overflowX: 'auto' },
        // A long label in a chip (a theme › label) wraps instead of widening its input.
        '& .RaLayout-content .MuiInputBase-root .MuiChip-root': { maxWidth: '100%', height: 'auto', minHeight: 24 },
        '& .RaLayout-content .MuiInputBase-root .MuiChip-label': { whiteSpace: 'normal', overflowWrap: 'break-word' },
      },
    })}
  >
    {children}
  </RaLayout>
);
