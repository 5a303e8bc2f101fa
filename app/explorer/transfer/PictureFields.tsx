import { PICTURE_TITLE_MAX_LENGTH } from '@/app/explorer/canvas/canvas-image-frame';
import { IMAGE_SCALES } from './export-choices';
import type { ImageBackground } from './export-choices';
import type { PictureOptions } from './picture-options';
import { Radio } from './ChoiceRadios';

const BACKGROUNDS: readonly { value: ImageBackground; label: string }[] = [
  { value: 'white', label: 'White' },
  { value: 'transparent', label: 'Transparent' },
  { value: 'theme', label: 'Canvas colour' },
];

interface PictureFieldsProps {
  options: PictureOptions;
  onOptionsChange: (options: PictureOptions) => void;
  title: string;
  onTitleChange: (title: string) => void;
}

/**
 * The export dialog's fields for a PNG or SVG: its scale and background, and what frames the drawing so
 * that it can go into an article as it is: a title, a legend of the types drawn, and a source line naming
 * the articles the drawn relations come from.
 */
export function PictureFields({ options, onOptionsChange, title, onTitleChange }: PictureFieldsProps) {
  const set = (change: Partial<PictureOptions>) => onOptionsChange({ ...options, ...change });
  return (
    <>
      <div className="field-row">
        <fieldset className="field-group">
          <legend>Scale</legend>
          <div className="segmented">
            {IMAGE_SCALES.map((s) => (
              <Radio
                key={s}
                name="scale"
                value={String(s)}
                checked={options.scale === s}
                onChange={() => set({ scale: s })}
              >
                {s}×
              </Radio>
            ))}
          </div>
        </fieldset>
        <fieldset className="field-group">
          <legend>Background</legend>
          <div className="segmented">
            {BACKGROUNDS.map((b) => (
              <Radio
                key={b.value}
                name="background"
                value={b.value}
                checked={options.background === b.value}
                onChange={() => set({ background: b.value })}
              >
                {b.label}
              </Radio>
            ))}
          </div>
        </fieldset>
      </div>
      <fieldset className="field-group picture-frame-fields">
        <legend>Around the drawing</legend>
        <label className="picture-title">
          <span className="field-hint">Title (optional, up to {PICTURE_TITLE_MAX_LENGTH} characters)</span>
          <input
            type="text"
            name="picture-title"
            value={title}
            maxLength={PICTURE_TITLE_MAX_LENGTH}
            placeholder="No title"
            onChange={(event) => onTitleChange(event.target.value)}
          />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.legend}
            onChange={(e) => set({ legend: e.target.checked })}
          />
          <span>
            Legend <span className="field-hint">the entity and relation types drawn</span>
          </span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.sources}
            onChange={(e) => set({ sources: e.target.checked })}
          />
          <span>
            Source line{' '}
            <span className="field-hint">the articles the relations come from, with outlet and date</span>
          </span>
        </label>
      </fieldset>
    </>
  );
}
