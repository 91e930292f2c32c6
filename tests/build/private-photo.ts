import sharp from 'sharp';

/**
 * What a newsroom photo straight from the camera carries and a published one
 * must not: where it was taken, who took it, the camera's serial number, the
 * photographer's notes. Every string is unique, so finding it in a file
 * means the file carries the metadata.
 */
export const privateStrings = ['Zhou Xin Private Artist', 'Source met at 12 Safe House Road', 'SN-4242-PRIVATE-SERIAL', 'Owner Private Name', 'Private XMP Creator'] as const;

/**
 * Returns a JPEG as a camera writes it: 40×20 pixels stored sideways (left
 * half red, right half blue) with EXIF orientation 6, so it is seen 20×40,
 * red on top; a Display P3 colour profile; and EXIF with artist, description,
 * camera serial number, owner and a GPS position, plus XMP.
 */
export async function privatePhoto(): Promise<Buffer> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="20" height="20" fill="#ff0000"/><rect x="20" width="20" height="20" fill="#0000ff"/></svg>';
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 95 })
    .withIccProfile('p3')
    .withExif({
      IFD0: { Artist: privateStrings[0], ImageDescription: privateStrings[1] },
      IFD2: { BodySerialNumber: privateStrings[2], CameraOwnerName: privateStrings[3] },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '28/1 11/1 2345/100', GPSLongitudeRef: 'E', GPSLongitude: '112/1 58/1 4321/100' },
    })
    .withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${privateStrings[4]}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`,
    )
    .withMetadata({ orientation: 6 })
    .toBuffer();
}
