/** @module The edit pages' answer when there is no goal tree yet: the page title and the Dutch reason with what to do, instead of an empty form. */
import type { JSX } from 'preact';
import { t } from '../../views/messages.ts';
import { EditNotice } from './edit-form-fields.tsx';
import { PageLayout } from './page-layout.tsx';

export function NoGoalTreePage({ title }: { title: string }): JSX.Element {
  return (
    <PageLayout title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <EditNotice error={t('editNoTree')} />
    </PageLayout>
  );
}
