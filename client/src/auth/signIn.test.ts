import { afterSignInRoute, isLoginRoute, routeOfHash } from './signIn';

describe('where signing in leads', () => {
  it('reads the route from the address hash', () => {
    expect(routeOfHash('#/households')).toBe('/households');
    expect(routeOfHash('#/households?filter=%7B%7D')).toBe('/households?filter=%7B%7D');
    expect(routeOfHash('')).toBe('/');
    expect(routeOfHash('#')).toBe('/');
  });

  it('goes to the page asked for', () => {
    expect(afterSignInRoute('/households')).toBe('/households');
    expect(afterSignInRoute('/persons/abc/show')).toBe('/persons/abc/show');
  });

  it('never back to the login page, and never off the app', () => {
    expect(afterSignInRoute('/login')).toBe('/');
    expect(afterSignInRoute('/login?x=1')).toBe('/');
    expect(afterSignInRoute('//evil.example/x')).toBe('/');
    expect(afterSignInRoute('https://evil.example')).toBe('/');
    expect(afterSignInRoute(undefined)).toBe('/');
    expect(isLoginRoute('/loginx')).toBe(false);
  });
});
