import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, Edit, SimpleForm, testDataProvider } from 'react-admin';
import { createI18nProvider } from '../i18n';
import { SECTIONS } from '../messages';
import { DayInput, MomentInput } from './DateInputs';

const task = { id: 7, title: '起草合作协议', dueDate: '2024-03-21', doneAt: '2024-03-21T06:00:00.000Z', version: 1 };

function renderEdit(update: jest.Mock, locale: 'zh-CN' | 'en') {
  const dataProvider = testDataProvider({
    getOne: jest.fn(async () => ({ data: task })) as never,
    update: update as never,
  });
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider(SECTIONS, locale)}>
      <Edit resource="tasks" id={7} mutationMode="pessimistic" redirect={false}>
        <SimpleForm>
          <DayInput source="dueDate" label="crm.tasks.due" />
          <MomentInput source="doneAt" label="crm.tasks.doneAt" />
        </SimpleForm>
      </Edit>
    </AdminContext>,
  );
}

describe('date inputs in the interface language', () => {
  it('show the stored day and time as a Chinese reader writes them, in China time, and store what is typed in either form', async () => {
    const user = userEvent.setup();
    const update = jest.fn(async (_resource: string, { data }: { data: object }) => ({ data }));
    renderEdit(update, 'zh-CN');

    const due = await screen.findByLabelText('截止日期');
    const done = screen.getByLabelText('完成时间');
    expect(due).toHaveValue('2024年3月21日');
    expect(done).toHaveValue('2024年3月21日 14:00');

    await user.clear(due);
    await user.type(due, '2024-4-1');
    await user.clear(done);
    await user.type(done, '2024年4月2日 9:30');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0][1].data).toMatchObject({ dueDate: '2024-04-01', doneAt: '2024-04-02T01:30:00.000Z' });
    // once left, the field shows the stored value in the reader's form
    expect(due).toHaveValue('2024年4月1日');
  });

  it('refuses what is not a day, with an example in the language of the page', async () => {
    const user = userEvent.setup();
    const update = jest.fn();
    renderEdit(update, 'en');
    const due = await screen.findByLabelText('Due');
    expect(due).toHaveValue('21 Mar 2024');
    await user.clear(due);
    await user.type(due, '22 Mar 2024');
    await user.tab();
    expect(due).toHaveValue('22 Mar 2024');
    await user.clear(due);
    await user.type(due, 'next Tuesday');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Must be a date such as 21 Mar 2024')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });
});
