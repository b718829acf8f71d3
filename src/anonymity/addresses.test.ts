import { describe, expect, it } from 'vitest';
import { findAddresses } from './addresses.ts';

describe('findAddresses', () => {
  it.each([
    ['Familien bor i Storgata 12B nå.', 'Storgata 12B'],
    ['Adressa er Bjørkeveien 3.', 'Bjørkeveien 3'],
    ['Dei bur i Fjellvegen 14 på Voss.', 'Fjellvegen 14'],
    ['Hun flyttet til Kongens gate 5 i fjor.', 'Kongens gate 5'],
    ['De bor i Karl Johans gate 22.', 'Karl Johans gate 22'],
    ['Hun bor i Olav Kyrres plass 3.', 'Olav Kyrres plass 3'],
    ['Moren bor på Østergade 12, 2. tv og faren et andet sted.', 'Østergade 12, 2. tv'],
    ['Adressen er H.C. Andersens Boulevard 12.', 'H.C. Andersens Boulevard 12'],
    ['Adressen er H. C. Andersens Boulevard 12.', 'H. C. Andersens Boulevard 12'],
    ['Drengen bor på Skovvej 7 i Aabybro.', 'Skovvej 7'],
    ['Familien bor på Lindealle 4.', 'Lindealle 4'],
    ['De bor på Bøgeallé 4, st. th.', 'Bøgeallé 4, st. th.'],
    ['Dei har flytta til Solbakken 9.', 'Solbakken 9'],
    ['skriv storgata 5 på konvolutten', 'storgata 5'],
    ['dei bur i furulia 12 no', 'furulia 12'],
    ['familien bor på skovstien 4', 'skovstien 4'],
    ['Brevet gikk til Torggata nr. 7.', 'Torggata nr. 7'],
    ['Butikken på Amagertorv 3-5 var stengt.', 'Amagertorv 3-5'],
  ])('finds the address in %j', (text, address) => {
    const start = text.indexOf(address);
    expect(findAddresses(text)).toEqual([{ kind: 'address', start, end: start + address.length, text: address }]);
  });

  it.each([
    ['a street without a number', 'Hun bor i Storgata, like ved skolen.'],
    ['a common noun with a street ending', 'På arbeidsplassen 3 dager i uka.'],
    ['a lower-case word ending like a street, followed by a count', 'Han falt i akebakken 2 ganger.'],
    ['a lower-case everyday word with a street ending', 'Hun har en arbeidsplass 3 steder, og madbakke 2.'],
    ['"alle" followed by a count', 'Alle 5 elevene var med, nesten alle 3 gruppene.'],
    ['a street followed by a count', 'Han gikk Storgata 3 ganger fram og tilbake.'],
    ['a street followed by a unit', 'Storgata 2 km lenger nede er stengt.'],
    ['a street followed by an ordinal', 'Etter Storgata 3. klasse?'],
    ['a street followed by a decimal', 'Storgata 2,5 er ikke et nummer.'],
    ['a street followed by a percentage', 'Hovedgata 15 % av tida.'],
    ['a house number starting with 0', 'Storgata 012 er feil.'],
    ['a standalone street word without genitive', 'Ved gate 5 står bussen.'],
    ['a word ending like a street, followed by a year', 'Vurderingen 2025 viste bedring, og endringen 2024 hjalp.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(findAddresses(text)).toEqual([]);
  });
});
