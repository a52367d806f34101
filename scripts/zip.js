// A small ZIP writer and reader, Node only (zlib's raw deflate and CRC-32), for the release kit
// (scripts/release-kit.js) and the test that unpacks it (scripts/release-fixtures.js).
// The format, as far as we use it (PKWARE's APPNOTE.TXT): per file a local header, then its
// data; then a central directory with one header per file; then the end-of-central-directory
// record. No ZIP64 (each file and the whole archive stay under 4 GiB), no encryption, no data
// descriptors, no comments; names are UTF-8 (flag bit 11).
import {crc32, deflateRawSync, inflateRawSync} from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
const UTF8 = 0x0800;
// Every entry is dated 1980-01-01 00:00, the first date MS-DOS time can hold, so the same
// files always make the same archive, byte for byte.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
// "Made by" Unix, spec version 2.0, so that unzip gives the files mode 644.
const MADE_BY = (3 << 8) | 20;
const FILE_MODE = 0o100644;

/**
 * An archive of `files` (in that order): each `{name, data}`, `name` a relative path with `/`
 * between folders, `data` a Buffer. Each file is deflated when that makes it smaller, stored
 * otherwise.
 */
export function writeZip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const {name, data} of files) {
    if (!name || name.startsWith('/') || name.split('/').includes('..')) throw new Error(`Bad name in a zip: ${name}`);
    const deflated = deflateRawSync(data, {level: 9});
    const method = deflated.length < data.length ? DEFLATED : STORED;
    const body = method === DEFLATED ? deflated : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    // The fields the local and the central header share, from "version needed" to "extra length".
    const common = Buffer.alloc(26);
    common.writeUInt16LE(method === DEFLATED ? 20 : 10, 0);
    common.writeUInt16LE(UTF8, 2);
    common.writeUInt16LE(method, 4);
    common.writeUInt16LE(DOS_TIME, 6);
    common.writeUInt16LE(DOS_DATE, 8);
    common.writeUInt32LE(crc, 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    common.writeUInt16LE(0, 24);

    const local = Buffer.alloc(4);
    local.writeUInt32LE(LOCAL, 0);
    parts.push(local, common, nameBytes, body);

    const head = Buffer.alloc(6);
    head.writeUInt32LE(CENTRAL, 0);
    head.writeUInt16LE(MADE_BY, 4);
    // Comment length, disk number and internal attributes 0, the Unix mode as external
    // attributes, and where the local header is.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(FILE_MODE * 0x10000, 6);
    tail.writeUInt32LE(offset, 10);
    central.push(head, common, tail, nameBytes);

    offset += 4 + common.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  if (files.length > 0xffff || offset + directory.length > 0xffffffff) throw new Error('Too big for a zip without ZIP64');
  return Buffer.concat([...parts, directory, end]);
}

/**
 * The files of an archive as a Map from name to contents, in the central directory's order.
 * Reads what writeZip writes (stored or deflated entries) and checks each file's size and CRC.
 */
export function readZip(zip) {
  // The end record is the last 22 bytes plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('Not a zip: no end-of-central-directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`Zip: central header ${n} is damaged`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const length = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.toString(flags & UTF8 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & 1) throw new Error(`Zip: ${name} is encrypted`);
    if (name.endsWith('/')) continue; // a folder entry
    if (zip.readUInt32LE(localAt) !== LOCAL) throw new Error(`Zip: the local header of ${name} is damaged`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const body = zip.subarray(dataAt, dataAt + size);
    let data;
    if (method === STORED) data = Buffer.from(body);
    else if (method === DEFLATED) data = inflateRawSync(body);
    else throw new Error(`Zip: ${name} uses compression method ${method}`);
    if (data.length !== length || crc32(data) !== crc) throw new Error(`Zip: ${name} does not match its size or CRC-32`);
    files.set(name, data);
  }
  return files;
}
