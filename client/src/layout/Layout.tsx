import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Logout, MenuItemLink, UserMenu, useUserMenu, type LayoutProps } from 'react-admin';
import KeyIcon from '@mui/icons-material/Key';
import { forwardRef } from 'react';
import { Menu } from './Menu';

const ChangePasswordItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const { onClose } = useUserMenu() ?? {};
  return (
    <MenuItemLink ref={ref} {...props} to="/change-password" primaryText="app.password.menu" leftIcon={<KeyIcon />} onClick={onClose} />
  );
});

const DoorbraakUserMenu = () => (
  <UserMenu>
    <ChangePasswordItem />
    <Logout />
  </UserMenu>
);

// react-admin's AppBar shows the language switcher when the i18n provider offers several locales.
const DoorbraakAppBar = () => <AppBar userMenu={<DoorbraakUserMenu />} />;

export const Layout = ({ children, ...props }: LayoutProps & { children?: ReactNode }) => (
  <RaLayout {...props} appBar={DoorbraakAppBar} menu={Menu}>
    {children}
  </RaLayout>
);
