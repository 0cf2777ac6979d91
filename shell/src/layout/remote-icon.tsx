import {
  AppstoreOutlined,
  BarChartOutlined,
  BookOutlined,
  DeleteOutlined,
  EnvironmentOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  HeartOutlined,
  MailOutlined,
  MoneyCollectOutlined,
  StopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

// A small fixed set: importing every icon by name would ship all of @ant-design/icons.
// Keyed by the kebab-case name the manifest uses ('file-text'); 'FileTextOutlined' is accepted too.
const icons: Record<string, ReactNode> = {
  appstore: <AppstoreOutlined />,
  'bar-chart': <BarChartOutlined />,
  'file-text': <FileTextOutlined />,
  mail: <MailOutlined />,
  'money-collect': <MoneyCollectOutlined />,
  team: <TeamOutlined />,
  heart: <HeartOutlined />,
  book: <BookOutlined />,
  delete: <DeleteOutlined />,
  environment: <EnvironmentOutlined />,
  stop: <StopOutlined />,
  'field-time': <FieldTimeOutlined />,
};

const normalise = (name: string) =>
  name
    .replace(/Outlined$/, '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** The icon a manifest menu entry names, or a neutral one. */
export const remoteIcon = (name: string | undefined): ReactNode =>
  (name && icons[normalise(name)]) ?? <AppstoreOutlined />;
