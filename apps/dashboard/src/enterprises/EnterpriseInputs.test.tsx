import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usccCheckCharacter } from '@crm/domain';
import { AdminContext, Create, SimpleForm, testDataProvider } from 'react-admin';
import { createI18nProvider } from '../i18n';
import { SECTIONS } from '../messages';
import { EnterpriseInputs } from './EnterpriseInputs';

const FIRST_17 = '91330100MA2H3X7K0';
const VALID = FIRST_17 + usccCheckCharacter(FIRST_17);
const WRONG_CHECK = FIRST_17 + (usccCheckCharacter(FIRST_17) === '1' ? '2' : '1');

function renderCreate(create: jest.Mock) {
  const dataProvider = testDataProvider({
    create: create as never,
    getList: jest.fn().mockResolvedValue({ data: [], total: 0 }) as never,
    getMany: jest.fn().mockResolvedValue({ data: [] }) as never,
  });
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider(SECTIONS, 'en')}>
      <Create resource="enterprises" redirect={false}>
        <SimpleForm>
          <EnterpriseInputs />
        </SimpleForm>
      </Create>
    </AdminContext>,
  );
}

describe('the enterprise form', () => {
  it('refuses a USCC with a wrong check character before any request, as the server would', async () => {
    const user = userEvent.setup();
    const create = jest.fn();
    renderCreate(create);

    await user.type(await screen.findByLabelText(/^Name/), 'Hangzhou Anhai Automotive');
    await user.type(screen.getByLabelText(/USCC/), WRONG_CHECK);
    await user.click(screen.getByRole('button', { name: /save/i }));

    expect(await screen.findByText('The USCC has a wrong check character')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('accepts a valid USCC typed in lower case with spaces, and sends the form', async () => {
    const user = userEvent.setup();
    const create = jest
      .fn()
      .mockImplementation(async (_resource: string, params: { data: object }) => ({ data: { id: 9, ...params.data } }));
    renderCreate(create);

    await user.type(await screen.findByLabelText(/^Name/), 'Hangzhou Anhai Automotive');
    await user.type(screen.getByLabelText(/USCC/), `${VALID.slice(0, 8).toLowerCase()} ${VALID.slice(8)}`);
    await user.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0][1].data).toMatchObject({ name: 'Hangzhou Anhai Automotive', tier: 'general' });
  });

  it('shows the server’s answer on the field it names (a USCC already used)', async () => {
    const user = userEvent.setup();
    const { HttpError } = jest.requireActual('react-admin');
    const create = jest.fn().mockRejectedValue(
      new HttpError('An enterprise with USCC … already exists', 409, {
        errors: { uscc: 'is already used by “Anhai” (id 4)' },
      }),
    );
    renderCreate(create);

    await user.type(await screen.findByLabelText(/^Name/), 'Anhai again');
    await user.type(screen.getByLabelText(/USCC/), VALID);
    await user.click(screen.getByRole('button', { name: /save/i }));

    expect(await screen.findByText('is already used by “Anhai” (id 4)')).toBeInTheDocument();
  });
});
