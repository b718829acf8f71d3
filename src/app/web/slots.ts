/**
 * Which capability's section shows where on another's page, in order. The pages declare their
 * slots (organisation's unit page, children's child page, consultations' consultation page);
 * the sections load with their own capability's pages when first shown.
 */
import { ChildConsentSection, ConsultationLinks, consultationNextSteps } from '../../consultations/web/index.tsx';
import { ChildChronology } from '../../chronology/web/index.tsx';
import { childSections, UnitRegister } from '../../children/web/index.tsx';
import { FromConsultation } from '../../concern-reports/web/index.tsx';
import { unitLinkSections, unitSections } from '../../organisation/web/index.tsx';
import { OnCallLinks } from '../../on-call/web/index.tsx';
import { UnitConsultationHours } from '../../presence/web/index.tsx';
import { RotaLinks } from '../../rota/web/index.tsx';

export function fillSlots(): void {
  unitLinkSections.fill([ConsultationLinks, OnCallLinks, RotaLinks]);
  unitSections.fill([UnitConsultationHours, UnitRegister]);
  childSections.fill([ChildConsentSection, ChildChronology]);
  consultationNextSteps.fill([FromConsultation]);
}
