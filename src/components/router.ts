/**
 * The app's navigation primitives. Features import routing only from here, so the router library
 * behind them stays a detail of src/app.
 */
export { Link, NavLink, useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
