// What the shell provides to remotes as the shared `react-router`: the exports the apps import (kept complete
// by federation-shared.test.ts), not the package's framework mode (server rendering, sessions, cookies).
export {
  Link,
  Navigate,
  Outlet,
  Route,
  Routes,
  UNSAFE_createBrowserHistory,
  unstable_HistoryRouter,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router';
