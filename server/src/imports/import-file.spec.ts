import { zipSync } from 'fflate';
import { assertUnpacksWithin } from './import-file.js';

const megabyte = 1024 * 1024;

function zipOf(bytes: number): Buffer {
  return Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(bytes).fill(65) }, { level: 9 }));
}

describe('assertUnpacksWithin', () => {
  it('lets a workbook through that unpacks within the limit', () => {
    expect(() => assertUnpacksWithin(zipOf(2 * megabyte), 3 * megabyte)).not.toThrow();
  });

  it('stops a zip that unpacks past the limit, whatever it declares', () => {
    const bomb = zipOf(4 * megabyte);
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => assertUnpacksWithin(bomb, 3 * megabyte)).toThrow(
      expect.objectContaining({ code: 'import_file_too_large' }),
    );
  });

  it('calls a damaged zip unreadable', () => {
    const damaged = zipOf(megabyte);
    damaged.fill(0, 40, 200);
    expect(() => assertUnpacksWithin(damaged, 3 * megabyte)).toThrow(
      expect.objectContaining({ code: 'import_file_unreadable' }),
    );
  });
});
