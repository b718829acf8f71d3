import { Fieldset, Radio } from '@digdir/designsystemet-react';
import type { ComponentType, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';

type Picture = ComponentType<SVGProps<SVGSVGElement> & { title?: string }>;

/**
 * One optional question of pupil mode as large pictured radios: the picture is decoration, the
 * words beside it are what a screen reader reads.
 */
export function PictureChoices<V extends string>({
  legend,
  name,
  values,
  pictures,
  label,
  chosen,
  onChoose,
}: {
  legend: string;
  name: string;
  values: readonly V[];
  pictures: Readonly<Record<V, Picture>>;
  label: (value: V) => string;
  chosen: V | null;
  onChoose: (value: V) => void;
}) {
  const { t } = useTranslation('pupilTalks');
  return (
    <Fieldset data-size="lg">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Fieldset.Description>{t('pupil.optional')}</Fieldset.Description>
      <div className="pupil-mode__choices">
        {values.map((value) => (
          <Radio
            key={value}
            name={name}
            value={value}
            checked={chosen === value}
            onChange={() => onChoose(value)}
            label={<Pictured picture={pictures[value]} text={label(value)} />}
          />
        ))}
      </div>
    </Fieldset>
  );
}

function Pictured({ picture: Picture, text }: { picture: Picture; text: string }) {
  return (
    <span className="pupil-mode__pictured">
      <Picture aria-hidden="true" className="pupil-mode__picture" />
      {text}
    </span>
  );
}
